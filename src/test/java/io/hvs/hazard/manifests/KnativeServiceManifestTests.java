package io.hvs.hazard.manifests;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.knative.serving.v1.RevisionSpec;
import io.fabric8.knative.serving.v1.Service;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Knative Service: min-scale on the revision template, and the rules Knative's admission webhook enforces
 * (reference: knative-cloudevents.md A1 to A7), checked statically because no cluster runs in the build.
 */
class KnativeServiceManifestTests {

    private static final String AUTOSCALING = "autoscaling.knative.dev/";

    private static final Set<String> RESERVED_ENV = Set.of("PORT", "K_SERVICE", "K_CONFIGURATION", "K_REVISION");

    private static final Set<Integer> RESERVED_PORTS = Set.of(8012, 8013, 8022, 9090, 9091, 8008);

    private final Service service = ManifestFiles.single(Service.class, "hvs-api");

    private final RevisionSpec revision = this.service.getSpec().getTemplate().getSpec();

    @Test
    void minScaleIsThreeOnTheRevisionTemplate() {
        Map<String, String> annotations = this.service.getSpec().getTemplate().getMetadata().getAnnotations();
        assertThat(annotations).containsEntry(AUTOSCALING + "min-scale", "3");
        int max = Integer.parseInt(annotations.get(AUTOSCALING + "max-scale"));
        assertThat(max).as("max-scale (0 = unlimited) must be >= min-scale").satisfiesAnyOf(
                (m) -> assertThat(m).isZero(), (m) -> assertThat(m).isGreaterThanOrEqualTo(3));
        assertThat(Double.parseDouble(annotations.get(AUTOSCALING + "target"))).isGreaterThanOrEqualTo(0.01);
    }

    @Test
    void theServiceMetadataCarriesNoAutoscalingAnnotation() {
        Map<String, String> annotations = this.service.getMetadata().getAnnotations();
        assertThat(annotations == null ? Map.of() : annotations).allSatisfy(
                (key, value) -> assertThat(key).doesNotStartWith(AUTOSCALING));
    }

    @Test
    void concurrencyAndTimeoutAreWithinKnativeLimits() {
        assertThat(this.revision.getContainerConcurrency()).isBetween(1L, 1000L);
        assertThat(this.revision.getTimeoutSeconds()).isBetween(1L, 600L);
    }

    @Test
    void exactlyOneContainerDeclaresOnePortNamedForHttp1() {
        List<ContainerPort> ports = this.revision.getContainers().stream()
            .flatMap((c) -> c.getPorts() == null ? List.<ContainerPort>of().stream() : c.getPorts().stream())
            .toList();
        assertThat(ports).hasSize(1);
        ContainerPort port = ports.get(0);
        assertThat(port.getName()).isIn(null, "", "http1", "h2c");
        assertThat(port.getProtocol()).isIn(null, "TCP");
        assertThat(port.getHostPort()).isNull();
        assertThat(port.getHostIP()).isNull();
        assertThat(RESERVED_PORTS).doesNotContain(port.getContainerPort());
    }

    @Test
    void noReservedEnvironmentVariablesOrForbiddenContainerFields() {
        for (Container container : this.revision.getContainers()) {
            assertThat(container.getName()).isNotEqualTo("queue-proxy");
            List<EnvVar> env = container.getEnv() == null ? List.of() : container.getEnv();
            assertThat(env).extracting(EnvVar::getName).doesNotContainAnyElementsOf(RESERVED_ENV);
            assertThat(env).allSatisfy((e) -> assertThat(e.getValueFrom() == null
                    || (e.getValueFrom().getFieldRef() == null && e.getValueFrom().getResourceFieldRef() == null))
                .as("%s: downward-API env needs a feature flag", e.getName()).isTrue());
            assertThat(container.getLifecycle()).as("lifecycle is rejected (Knative injects its own preStop)").isNull();
            assertThat(container.getStdin()).isNull();
            assertThat(container.getTty()).isNull();
            assertThat(container.getVolumeDevices()).isNullOrEmpty();
            assertThat(container.getSecurityContext().getCapabilities().getAdd()).isNullOrEmpty();
        }
    }

    @Test
    void noPodFieldsThatTheWebhookRejects() {
        assertThat(this.revision.getTerminationGracePeriodSeconds()).isNull();
        assertThat(this.revision.getRestartPolicy()).isNull();
        assertThat(this.revision.getActiveDeadlineSeconds()).isNull();
        assertThat(this.revision.getNodeName()).isNull();
        assertThat(this.revision.getHostname()).isNull();
        assertThat(this.revision.getPriority()).isNull();
        assertThat(this.revision.getReadinessGates()).isNullOrEmpty();
        assertThat(this.revision.getInitContainers()).isNullOrEmpty();
        assertThat(this.revision.getAffinity()).isNull();
        assertThat(this.revision.getNodeSelector()).isNullOrEmpty();
        assertThat(this.revision.getTolerations()).isNullOrEmpty();
        assertThat(this.revision.getSecurityContext()).as("pod-level securityContext is behind a flag").isNull();
        assertThat(this.revision.getHostNetwork()).isNull();
        assertThat(this.revision.getAutomountServiceAccountToken()).isIn(null, false);
    }

    @Test
    void volumesAreEmptyDirOrConfigAndAllMounted() {
        Container container = this.revision.getContainers().get(0);
        for (Volume volume : this.revision.getVolumes()) {
            assertThat(volume.getEmptyDir() != null || volume.getConfigMap() != null || volume.getSecret() != null
                    || volume.getProjected() != null)
                .as("volume %s: only emptyDir/configMap/secret/projected are allowed by default", volume.getName())
                .isTrue();
            if (volume.getEmptyDir() != null) {
                assertThat(volume.getEmptyDir().getMedium()).isIn(null, "", "Memory");
            }
            assertThat(container.getVolumeMounts()).as("volume %s must be mounted", volume.getName())
                .anySatisfy((m) -> assertThat(m.getName()).isEqualTo(volume.getName()));
        }
        assertThat(container.getVolumeMounts()).anySatisfy((m) -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
    }

    @Test
    void readinessIsAggressiveOrFullySpecifiedAndProbesTargetTheServingPort() {
        Container container = this.revision.getContainers().get(0);
        Probe readiness = container.getReadinessProbe();
        Integer period = readiness.getPeriodSeconds();
        if (period == null || period == 0) {
            assertThat(readiness.getFailureThreshold()).as("aggressive probing: failureThreshold must be unset")
                .isNull();
            assertThat(readiness.getTimeoutSeconds()).as("aggressive probing: timeoutSeconds must be unset").isNull();
        }
        int servingPort = container.getPorts().get(0).getContainerPort();
        for (Probe probe : List.of(readiness, container.getLivenessProbe())) {
            assertThat(probe.getHttpGet()).isNotNull();
            assertThat(probe.getHttpGet().getPort().getIntVal()).isEqualTo(servingPort);
        }
    }

    @Test
    void theContainerIsLockedDown() {
        SecurityContextAssertions.assertLockedDown(this.revision.getContainers().get(0).getSecurityContext());
    }

}
