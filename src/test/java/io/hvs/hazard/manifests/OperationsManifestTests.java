package io.hvs.hazard.manifests;

import java.util.Map;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.openshift.api.model.monitoring.v1.Endpoint;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations wiring of the manifests: Prometheus finds the metrics (ServiceMonitor on the fallback, scrape
 * annotations on Knative), only the fallback switches models in place (its switch file, see
 * {@link FallbackModelSelectionTests}), and its pods need no Kubernetes API access for that.
 */
class OperationsManifestTests {

    private static final String PROMETHEUS_PATH = "/actuator/prometheus";

    private final Deployment deployment = ManifestFiles.single(Deployment.class, "hvs-api-deployment");

    private final PodSpec pod = this.deployment.getSpec().getTemplate().getSpec();

    @Test
    void theServiceMonitorScrapesThePrometheusEndpointOfTheFallbackService() {
        ServiceMonitor monitor = ManifestFiles.single(ServiceMonitor.class, "hvs-api");
        Service service = ManifestFiles.single(Service.class, "hvs-api-service");
        assertThat(service.getMetadata().getLabels())
            .containsAllEntriesOf(monitor.getSpec().getSelector().getMatchLabels());
        assertThat(monitor.getSpec().getEndpoints()).singleElement().satisfies((Endpoint endpoint) -> {
            assertThat(endpoint.getPath()).isEqualTo(PROMETHEUS_PATH);
            assertThat(service.getSpec().getPorts()).anySatisfy((port) -> assertThat(port.getName())
                .isEqualTo(endpoint.getPort()));
        });
    }

    @Test
    void theKnativeRevisionsCarryPrometheusScrapeAnnotationsForTheServingPort() {
        io.fabric8.knative.serving.v1.Service knative = ManifestFiles
            .single(io.fabric8.knative.serving.v1.Service.class, "hvs-api");
        Map<String, String> annotations = knative.getSpec().getTemplate().getMetadata().getAnnotations();
        Integer port = knative.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().get(0)
            .getContainerPort();
        assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
            .containsEntry("prometheus.io/port", port.toString())
            .containsEntry("prometheus.io/path", PROMETHEUS_PATH);
        assertThat(knative.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
            .extracting(EnvVar::getName)
            .as("in-place switching stays off on Knative: a new revision per model")
            .noneMatch(FallbackModelSelectionTests::setsSwitchFile);
    }

    @Test
    void theFallbackPodsHoldNoServiceAccountTokenAndGetNoApiRights() {
        assertThat(this.pod.getAutomountServiceAccountToken()).as("the pods call no Kubernetes API").isFalse();
        assertThat(this.pod.getServiceAccountName()).as("the namespace's default account, token-less").isNull();
        assertThat(ManifestFiles.applied()).extracting((document) -> document.resource().getKind())
            .doesNotContain("ServiceAccount", "Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding");
    }

}
