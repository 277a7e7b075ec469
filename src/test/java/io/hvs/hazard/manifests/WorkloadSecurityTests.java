package io.hvs.hazard.manifests;

import java.util.ArrayList;
import java.util.List;

import io.fabric8.knative.serving.v1.RevisionSpec;
import io.fabric8.knative.serving.v1.Service;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every container of every workload in knative/, k8s-fallback/ and events/ (the event-display sinks included) runs
 * locked down: non-root, read-only root filesystem, no privilege escalation, all capabilities dropped and none
 * added, seccomp RuntimeDefault (on the container or its pod). A new workload manifest is covered automatically.
 */
class WorkloadSecurityTests {

    /** A container and the pod-level settings it inherits. */
    record WorkloadContainer(String workload, Container container, PodSecurityContext pod) {

        @Override
        public String toString() {
            return this.workload + "/" + this.container.getName();
        }

    }

    static List<WorkloadContainer> containers() {
        List<WorkloadContainer> containers = new ArrayList<>();
        // What `kubectl apply -f` creates; overlay patches (k8s-fallback/local-mlruns) only add a volume to these.
        for (ManifestDocument document : ManifestFiles.applied()) {
            String name = document.file() + " " + document.resource().getKind() + " "
                    + document.resource().getMetadata().getName();
            if (document.resource() instanceof Service knative) {
                RevisionSpec spec = knative.getSpec().getTemplate().getSpec();
                spec.getContainers().forEach((c) -> containers.add(new WorkloadContainer(name, c,
                        spec.getSecurityContext())));
            }
            PodSpec pod = podSpec(document);
            if (pod != null) {
                List<Container> all = new ArrayList<>(pod.getContainers());
                all.addAll(pod.getInitContainers());
                all.forEach((c) -> containers.add(new WorkloadContainer(name, c, pod.getSecurityContext())));
            }
        }
        return containers;
    }

    private static PodSpec podSpec(ManifestDocument document) {
        if (document.resource() instanceof Deployment deployment) {
            return deployment.getSpec().getTemplate().getSpec();
        }
        if (document.resource() instanceof StatefulSet set) {
            return set.getSpec().getTemplate().getSpec();
        }
        if (document.resource() instanceof DaemonSet set) {
            return set.getSpec().getTemplate().getSpec();
        }
        if (document.resource() instanceof Job job) {
            return job.getSpec().getTemplate().getSpec();
        }
        return null;
    }

    @Test
    void theServiceTheFallbackAndBothEventSinksAreCovered() {
        assertThat(containers()).extracting(WorkloadContainer::workload)
            .anyMatch((w) -> w.contains("knative") && w.contains("hvs-api"))
            .anyMatch((w) -> w.contains("hvs-api-deployment"))
            .anyMatch((w) -> w.contains("hvs-hazard-alerts"))
            .anyMatch((w) -> w.contains("hvs-dead-letters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("containers")
    void runsAsNonRootWithAReadOnlyRootFilesystemAndNoCapabilities(WorkloadContainer workload) {
        SecurityContext context = workload.container().getSecurityContext();
        PodSecurityContext pod = workload.pod();
        assertThat(context).as("securityContext").isNotNull();
        boolean nonRoot = Boolean.TRUE.equals(context.getRunAsNonRoot())
                || (context.getRunAsNonRoot() == null && pod != null && Boolean.TRUE.equals(pod.getRunAsNonRoot()));
        assertThat(nonRoot).as("runAsNonRoot").isTrue();
        Long user = (context.getRunAsUser() != null) ? context.getRunAsUser()
                : (pod != null) ? pod.getRunAsUser() : null;
        assertThat(user).as("runAsUser, when set, is not root").satisfiesAnyOf((u) -> assertThat(u).isNull(),
                (u) -> assertThat(u).isPositive());
        assertThat(context.getReadOnlyRootFilesystem()).as("readOnlyRootFilesystem").isTrue();
        assertThat(context.getAllowPrivilegeEscalation()).as("allowPrivilegeEscalation").isFalse();
        assertThat(context.getPrivileged()).as("privileged").isNotEqualTo(Boolean.TRUE);
        assertThat(context.getCapabilities()).as("capabilities").isNotNull();
        assertThat(context.getCapabilities().getDrop()).as("capabilities.drop").containsExactly("ALL");
        assertThat(context.getCapabilities().getAdd()).as("capabilities.add").isNullOrEmpty();
        String seccomp = (context.getSeccompProfile() != null) ? context.getSeccompProfile().getType()
                : (pod != null && pod.getSeccompProfile() != null) ? pod.getSeccompProfile().getType() : null;
        assertThat(seccomp).as("seccompProfile").isEqualTo("RuntimeDefault");
    }

}
