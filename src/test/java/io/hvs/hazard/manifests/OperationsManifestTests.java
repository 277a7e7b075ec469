package io.hvs.hazard.manifests;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.openshift.api.model.monitoring.v1.Endpoint;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations wiring of the manifests: Prometheus finds the metrics (ServiceMonitor on the fallback, scrape
 * annotations on Knative), and only the fallback turns Spring Cloud Kubernetes on, with a service account that
 * may read and watch ConfigMaps and nothing more.
 */
class OperationsManifestTests {

    private static final String PROMETHEUS_PATH = "/actuator/prometheus";

    private final Deployment deployment = ManifestFiles.single(Deployment.class, "hvs-api-deployment");

    private final PodSpec pod = this.deployment.getSpec().getTemplate().getSpec();

    private final Container container = this.pod.getContainers().get(0);

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
            .noneMatch((name) -> name.startsWith("SPRING_CLOUD_KUBERNETES") || name.equals("SPRING_CONFIG_IMPORT"));
    }

    @Test
    void theFallbackPodsReadTheModelConfigMapThroughSpringCloudKubernetes() {
        Map<String, String> env = new HashMap<>();
        this.container.getEnv().forEach((e) -> env.put(e.getName(), e.getValue()));
        assertThat(env).containsEntry("SPRING_CONFIG_IMPORT", "kubernetes:")
            .containsEntry("SPRING_CLOUD_KUBERNETES_CONFIG_ENABLED", "true")
            .containsEntry("SPRING_CLOUD_KUBERNETES_RELOAD_ENABLED", "true");
        assertThat(this.container.getEnvFrom()).as("env from the ConfigMap would outrank its live values")
            .isNullOrEmpty();
    }

    @Test
    void theServiceAccountMayOnlyReadAndWatchConfigMaps() {
        assertThat(this.pod.getAutomountServiceAccountToken()).isTrue();
        ServiceAccount account = ManifestFiles.single(ServiceAccount.class, this.pod.getServiceAccountName());
        RoleBinding binding = ManifestFiles.ofType(RoleBinding.class).stream()
            .filter((b) -> b.getSubjects().stream().anyMatch((s) -> s.getKind().equals("ServiceAccount")
                    && s.getName().equals(account.getMetadata().getName())))
            .findFirst()
            .orElseThrow();
        assertThat(binding.getRoleRef().getKind()).isEqualTo("Role");
        Role role = ManifestFiles.single(Role.class, binding.getRoleRef().getName());
        assertThat(role.getRules()).singleElement().satisfies((PolicyRule rule) -> {
            assertThat(rule.getApiGroups()).containsExactly("");
            assertThat(rule.getResources()).containsExactly("configmaps");
            assertThat(rule.getVerbs()).containsExactlyInAnyOrder("get", "list", "watch");
        });
    }

    @Test
    void springCloudKubernetesIsOffByDefault() throws IOException {
        Map<String, Object> kubernetes;
        try (InputStream yaml = getClass().getResourceAsStream("/application.yaml")) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            kubernetes = map(map(map(root, "spring"), "cloud"), "kubernetes");
        }
        for (String part : List.of("config", "secrets", "reload")) {
            assertThat(map(kubernetes, part)).as(part).containsEntry("enabled", false);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }

}
