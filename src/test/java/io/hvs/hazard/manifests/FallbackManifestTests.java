package io.hvs.hazard.manifests;

import java.util.Map;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The plain-Kubernetes fallback keeps the original names and wires its parts together correctly. */
class FallbackManifestTests {

    private final Deployment deployment = ManifestFiles.single(Deployment.class, "hvs-api-deployment");

    private final PodSpec pod = this.deployment.getSpec().getTemplate().getSpec();

    private final Container container = this.pod.getContainers().get(0);

    @Test
    void threeReplicasWhoseSelectorMatchesThePodLabels() {
        assertThat(this.deployment.getSpec().getReplicas()).isEqualTo(3);
        Map<String, String> podLabels = this.deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertThat(podLabels).containsEntry("app", "hvs-api");
        assertThat(podLabels).containsAllEntriesOf(this.deployment.getSpec().getSelector().getMatchLabels());
        assertThat(this.deployment.getSpec().getSelector().getMatchExpressions()).isNullOrEmpty();
    }

    @Test
    void theNodePortServiceReachesTheContainersNamedPort() {
        Service service = ManifestFiles.single(Service.class, "hvs-api-service");
        assertThat(service.getSpec().getType()).isEqualTo("NodePort");
        assertThat(this.deployment.getSpec().getTemplate().getMetadata().getLabels())
            .containsAllEntriesOf(service.getSpec().getSelector());
        assertThat(service.getSpec().getPorts()).hasSize(1);
        ServicePort port = service.getSpec().getPorts().get(0);
        assertThat(port.getName()).isEqualTo("http-api");
        assertThat(port.getPort()).isEqualTo(80);
        String target = port.getTargetPort().getStrVal();
        assertThat(target).as("targetPort by name, so a port change stays in one place").isNotNull();
        assertThat(this.container.getPorts()).anySatisfy((p) -> assertThat(p.getName()).isEqualTo(target));
    }

    @Test
    void theDisruptionBudgetCoversThePodsAndLeavesOneToEvict() {
        PodDisruptionBudget budget = ManifestFiles.single(PodDisruptionBudget.class, "hvs-api-pdb");
        assertThat(this.deployment.getSpec().getTemplate().getMetadata().getLabels())
            .containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
        assertThat(budget.getSpec().getMinAvailable().getIntVal()).isBetween(1,
                this.deployment.getSpec().getReplicas() - 1);
    }

    @Test
    void podsDrainBeforeSigtermAndFinishWithinTheGracePeriod() {
        long preStopSeconds = this.container.getLifecycle().getPreStop().getSleep().getSeconds();
        assertThat(preStopSeconds).isPositive();
        // Then the app's keep-alive drain (hvs.shutdown.drain, 5 s) and Spring's graceful shutdown, which waits
        // up to 30 s (spring.lifecycle.timeout-per-shutdown-phase).
        assertThat(this.pod.getTerminationGracePeriodSeconds()).isGreaterThanOrEqualTo(preStopSeconds + 5 + 30);
    }

    @Test
    void rolloutsNeverDropBelowTheReplicaCount() {
        assertThat(this.deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal())
            .isZero();
    }

    @Test
    void theContainerIsLockedDown() {
        SecurityContextAssertions.assertLockedDown(this.container.getSecurityContext());
        assertThat(this.container.getVolumeMounts()).anySatisfy((m) -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
    }

}
