package io.hvs.hazard.manifests;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.knative.serving.v1.Service;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's {@code kn service create} command (plus its one patch) describes exactly knative/service.yaml.
 * kn flag meanings: knative/client docs/cmd/kn_service_create.md.
 */
class ReadmeKnCommandTests {

    private static final Set<String> KNOWN_FLAGS = Set.of("image", "port", "label", "scale-min", "scale-max",
            "scale-target", "concurrency-limit", "timeout", "env", "probe-readiness", "probe-readiness-opts",
            "probe-liveness", "probe-liveness-opts", "request", "limit", "volume", "mount", "user",
            "security-context", "annotation-revision");

    private final Service service = ManifestFiles.single(Service.class, "hvs-api");

    private final Container container = this.service.getSpec().getTemplate().getSpec().getContainers().get(0);

    private final KnFlags kn = KnFlags.parse(single(ShellCommands.inReadme("kn service create")));

    @Test
    void usesOnlyFlagsThisTestTranslates() {
        assertThat(KNOWN_FLAGS).containsAll(this.kn.flags().keySet());
        assertThat(this.kn.positional()).containsExactly("kn", "service", "create", "hvs-api");
        assertThat(this.service.getMetadata().getName()).isEqualTo("hvs-api");
    }

    @Test
    void imagePortAndLabelsMatch() {
        assertThat(this.kn.one("image")).isEqualTo(this.container.getImage());
        var port = this.container.getPorts().get(0);
        assertThat(this.kn.one("port")).isEqualTo(port.getName() + ":" + port.getContainerPort());
        Map<String, String> labels = this.kn.pairs("label");
        assertThat(this.service.getMetadata().getLabels()).isEqualTo(labels);
        assertThat(this.service.getSpec().getTemplate().getMetadata().getLabels()).isEqualTo(labels);
    }

    @Test
    void scalingConcurrencyAndTimeoutMatch() {
        Map<String, String> annotations = this.service.getSpec().getTemplate().getMetadata().getAnnotations();
        Map<String, String> revisionAnnotations = this.kn.pairs("annotation-revision");
        Set<String> keys = new HashSet<>(revisionAnnotations.keySet());
        keys.addAll(Set.of("autoscaling.knative.dev/min-scale", "autoscaling.knative.dev/max-scale",
                "autoscaling.knative.dev/target"));
        assertThat(annotations).containsOnlyKeys(keys).containsAllEntriesOf(revisionAnnotations);
        assertThat(this.kn.one("scale-min")).isEqualTo(annotations.get("autoscaling.knative.dev/min-scale"));
        assertThat(this.kn.one("scale-max")).isEqualTo(annotations.get("autoscaling.knative.dev/max-scale"));
        assertThat(this.kn.one("scale-target")).isEqualTo(annotations.get("autoscaling.knative.dev/target"));
        assertThat(Long.valueOf(this.kn.one("concurrency-limit")))
            .isEqualTo(this.service.getSpec().getTemplate().getSpec().getContainerConcurrency());
        assertThat(Long.valueOf(this.kn.one("timeout")))
            .isEqualTo(this.service.getSpec().getTemplate().getSpec().getTimeoutSeconds());
    }

    @Test
    void environmentMatches() {
        Map<String, String> yaml = new LinkedHashMap<>();
        for (EnvVar env : this.container.getEnv()) {
            yaml.put(env.getName(), env.getValue());
        }
        Map<String, String> flags = new LinkedHashMap<>();
        for (String env : this.kn.all("env")) {
            String[] kv = env.split("=", 2);
            flags.put(kv[0], kv[1]);
        }
        assertThat(flags).isEqualTo(yaml);
    }

    @Test
    void probesMatch() {
        assertProbe(this.container.getReadinessProbe(), this.kn.one("probe-readiness"),
                this.kn.all("probe-readiness-opts"));
        assertProbe(this.container.getLivenessProbe(), this.kn.one("probe-liveness"),
                this.kn.all("probe-liveness-opts"));
    }

    @Test
    void resourcesMatch() {
        assertThat(quantities(this.kn.pairs("request"))).isEqualTo(this.container.getResources().getRequests());
        assertThat(quantities(this.kn.pairs("limit"))).isEqualTo(this.container.getResources().getLimits());
    }

    @Test
    void theTmpVolumeMatches() {
        List<Volume> volumes = this.service.getSpec().getTemplate().getSpec().getVolumes();
        assertThat(volumes).hasSize(1);
        Volume volume = volumes.get(0);
        // kn: --volume NAME=ed:NAME:size=QUANTITY creates an emptyDir with that sizeLimit.
        assertThat(this.kn.one("volume")).isEqualTo(volume.getName() + "=ed:" + volume.getName() + ":size="
                + volume.getEmptyDir().getSizeLimit().toString());
        var mount = this.container.getVolumeMounts().get(0);
        assertThat(this.container.getVolumeMounts()).hasSize(1);
        assertThat(this.kn.one("mount")).isEqualTo(mount.getMountPath() + "=" + mount.getName());
    }

    @Test
    void securityContextIsStrictPlusTheReadOnlyPatch() {
        SecurityContext context = this.container.getSecurityContext();
        assertThat(this.kn.one("security-context")).isEqualTo("strict");
        assertThat(Long.valueOf(this.kn.one("user"))).isEqualTo(context.getRunAsUser());
        // What strict sets: runAsNonRoot, allowPrivilegeEscalation=false, drop ALL, seccomp RuntimeDefault.
        SecurityContextAssertions.assertLockedDown(context);
        List<String> patch = single(ShellCommands.inReadme("kubectl patch ksvc hvs-api"));
        assertThat(patch).contains("json");
        assertThat(patch.get(patch.size() - 1)).isEqualTo("[{\"op\":\"add\",\"path\":"
                + "\"/spec/template/spec/containers/0/securityContext/readOnlyRootFilesystem\",\"value\":"
                + context.getReadOnlyRootFilesystem() + "}]");
    }

    private static void assertProbe(Probe probe, String spec, List<String> opts) {
        // kn format: http:host:port:path (host empty = the pod).
        assertThat(spec).isEqualTo("http::" + probe.getHttpGet().getPort().getIntVal() + ":"
                + probe.getHttpGet().getPath());
        Map<String, Integer> expected = new LinkedHashMap<>();
        putIfSet(expected, "InitialDelaySeconds", probe.getInitialDelaySeconds());
        putIfSet(expected, "PeriodSeconds", probe.getPeriodSeconds());
        putIfSet(expected, "TimeoutSeconds", probe.getTimeoutSeconds());
        putIfSet(expected, "FailureThreshold", probe.getFailureThreshold());
        putIfSet(expected, "SuccessThreshold", probe.getSuccessThreshold());
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String opt : opts) {
            for (String pair : opt.split(",")) {
                String[] kv = pair.split("=", 2);
                actual.put(kv[0], Integer.valueOf(kv[1]));
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static void putIfSet(Map<String, Integer> map, String key, Integer value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static Map<String, Quantity> quantities(Map<String, String> pairs) {
        Map<String, Quantity> quantities = new LinkedHashMap<>();
        pairs.forEach((key, value) -> quantities.put(key, new Quantity(value)));
        return quantities;
    }

    private static List<String> single(List<List<String>> commands) {
        assertThat(commands).hasSize(1);
        return commands.get(0);
    }

}
