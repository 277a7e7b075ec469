package io.hvs.hazard.manifests;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the fallback pods get their model selection: the ConfigMap {@code hvs-api-model} mounted as a directory
 * (never subPath, which kubelet never updates), read-only; the app's switch file points at a key of it inside
 * that mount; and that key's properties are all {@code hvs.model.*} properties the app has (its configuration
 * metadata), so an edit is one the app can apply; README's kubectl commands change that ConfigMap's key.
 */
class FallbackModelSelectionTests {

    static final String CONFIG_MAP = "hvs-api-model";

    static final ConfigurationPropertyName SWITCH_FILE = ConfigurationPropertyName
        .of("hvs.model-lifecycle.switch-file");

    static final ConfigurationPropertyName MODEL = ConfigurationPropertyName.of("hvs.model");

    private final PodSpec pod = ManifestFiles.single(Deployment.class, "hvs-api-deployment").getSpec().getTemplate()
        .getSpec();

    private final Container container = this.pod.getContainers().get(0);

    private final ConfigMap configMap = ManifestFiles.single(ConfigMap.class, CONFIG_MAP);

    private Volume volume() {
        return this.pod.getVolumes().stream()
            .filter((v) -> v.getConfigMap() != null && CONFIG_MAP.equals(v.getConfigMap().getName()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no volume of ConfigMap " + CONFIG_MAP));
    }

    private VolumeMount mount() {
        String name = volume().getName();
        return this.container.getVolumeMounts().stream().filter((m) -> m.getName().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("volume " + name + " is not mounted"));
    }

    /** The value of the environment variable that sets {@code hvs.model-lifecycle.switch-file}. */
    private String switchFile() {
        return this.container.getEnv().stream().filter((env) -> setsSwitchFile(env.getName()))
            .map(EnvVar::getValue)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no environment variable sets " + SWITCH_FILE));
    }

    static boolean setsSwitchFile(String variable) {
        return bindsTo(variable, SWITCH_FILE);
    }

    /** True when Boot's relaxed binding reads this environment variable as that property. */
    static boolean bindsTo(String variable, ConfigurationPropertyName property) {
        return ConfigurationPropertySource.from(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, "value")))
            .getConfigurationProperty(property) != null;
    }

    /** True for the name of a {@code hvs.model.*} property in the app's configuration metadata. */
    static boolean isModelProperty(String key, Set<ConfigurationPropertyName> properties) {
        ConfigurationPropertyName name = ConfigurationPropertyName.ofIfValid(key);
        return name != null && MODEL.isAncestorOf(name) && properties.contains(name);
    }

    @Test
    void theModelConfigMapIsMountedAsAReadOnlyDirectoryWithAllItsKeys() {
        VolumeMount mount = mount();
        assertThat(mount.getSubPath()).as("subPath mounts never receive ConfigMap updates").isNullOrEmpty();
        assertThat(mount.getSubPathExpr()).isNullOrEmpty();
        assertThat(mount.getReadOnly()).isTrue();
        assertThat(volume().getConfigMap().getItems()).as("every key projected, under its own name").isNullOrEmpty();
        assertThat(volume().getConfigMap().getOptional()).as("no pod starts without its model selection")
            .isNotEqualTo(Boolean.TRUE);
    }

    @Test
    void theSwitchFileIsAKeyOfTheConfigMapInsideTheMount() {
        Path file = Path.of(switchFile());
        assertThat(file.getParent()).isEqualTo(Path.of(mount().getMountPath()));
        assertThat(this.configMap.getData()).containsOnlyKeys(file.getFileName().toString());
        assertThat(this.configMap.getBinaryData()).isNullOrEmpty();
    }

    @Test
    void everyKeyOfTheSwitchFileIsAModelPropertyOfTheApp() throws IOException {
        Properties selection = new Properties();
        selection.load(new StringReader(this.configMap.getData().get(Path.of(switchFile()).getFileName().toString())));
        Set<ConfigurationPropertyName> properties = AppConfiguration.metadataProperties();
        assertThat(selection.stringPropertyNames()).isNotEmpty().allSatisfy((key) -> assertThat(
                isModelProperty(key, properties))
            .as("%s in %s is not an hvs.model.* property of the app", key, CONFIG_MAP)
            .isTrue());
    }

    @Test
    void theReadmeCommandsChangeTheMountedKeyOfThisConfigMap() {
        String key = Path.of(switchFile()).getFileName().toString();
        assertThat(ShellCommands.inReadme("kubectl edit configmap")).singleElement()
            .satisfies((words) -> assertThat(words.get(3)).isEqualTo(CONFIG_MAP));
        assertThat(ShellCommands.inReadme("kubectl patch configmap")).singleElement().satisfies((words) -> {
            assertThat(words.get(3)).isEqualTo(CONFIG_MAP);
            assertThat(words).anySatisfy((word) -> assertThat(word).startsWith("{\"data\":{\"" + key + "\":"));
        });
        assertThat(ShellCommands.inReadme("kubectl create configmap")).singleElement().satisfies((words) -> {
            assertThat(words.get(3)).isEqualTo(CONFIG_MAP);
            assertThat(words).anySatisfy((word) -> assertThat(word).startsWith("--from-file=" + key + "="));
        });
        assertThat(ShellCommands.inReadme("kubectl exec deploy/hvs-api-deployment")).singleElement()
            .satisfies((words) -> assertThat(words).contains(switchFile()));
    }

    @Test
    void theChecksRejectWhatTheAppWouldNotRead() {
        Set<ConfigurationPropertyName> properties = AppConfiguration.metadataProperties();
        assertThat(isModelProperty("hvs.model.run-id", properties)).isTrue();
        assertThat(isModelProperty("BEST_MLFLOW_RUN_ID", properties)).as("the old env-style keys").isFalse();
        assertThat(isModelProperty("hvs.model.registry-name", properties)).isFalse();
        assertThat(isModelProperty("hvs.model-lifecycle.startup", properties)).isFalse();
        assertThat(setsSwitchFile("HVS_MODEL_LIFECYCLE_SWITCH_FILE")).isTrue();
        assertThat(setsSwitchFile("HVS_MODEL_SWITCH_FILE")).isFalse();
    }

    @Test
    void noEnvironmentVariableOfThePodsFeedsTheSelection() {
        assertThat(this.container.getEnvFrom()).as("env from the ConfigMap would be frozen at pod start")
            .isNullOrEmpty();
        // A frozen BEST_MLFLOW_RUN_ID, say, would outrank every name@alias edit of the ConfigMap (uri > run-id).
        assertThat(this.container.getEnv()).extracting(EnvVar::getName)
            .noneMatch(FallbackModelSelectionTests::feedsSelection);
        assertThat(feedsSelection("BEST_MLFLOW_RUN_ID")).isTrue();
        assertThat(feedsSelection("HVS_MODEL_RUN_ID")).isTrue();
        assertThat(feedsSelection("MLFLOW_TRACKING_URI")).as("where the store is, not which model").isFalse();
    }

    /** True when the variable sets one of the selection's properties (all of hvs.model.* but tracking-uri). */
    static boolean feedsSelection(String variable) {
        for (String key : List.of("run-id", "uri", "registered-name", "alias")) {
            ConfigurationPropertyName property = MODEL.append(key);
            boolean placeholder = AppConfiguration.applicationYaml().stream()
                .map((source) -> String.valueOf(source.getProperty(property.toString())))
                .anyMatch((value) -> value.contains("${" + variable + ":") || value.contains("${" + variable + "}"));
            if (placeholder || bindsTo(variable, property)) {
                return true;
            }
        }
        return false;
    }

}
