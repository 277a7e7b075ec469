package io.hvs.hazard.manifests;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.knative.serving.v1.Service;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Dockerfile, the pom, both deployments and the README agree with each other and with the app: port, image
 * name, probes, resources, and the environment variables (each one must be read by the app).
 */
class ManifestConsistencyTests {

    private final Container knative = ManifestFiles.single(Service.class, "hvs-api").getSpec().getTemplate()
        .getSpec().getContainers().get(0);

    private final Container fallback = ManifestFiles.single(Deployment.class, "hvs-api-deployment").getSpec()
        .getTemplate().getSpec().getContainers().get(0);

    @Test
    void containerPortsAreTheAppsDefaultPort() throws IOException {
        int appPort = Integer.parseInt(AppConfiguration.defaultValue("server.port"));
        assertThat(this.knative.getPorts().get(0).getContainerPort()).isEqualTo(appPort);
        assertThat(this.fallback.getPorts()).singleElement()
            .satisfies((p) -> assertThat(p.getContainerPort()).isEqualTo(appPort));
        assertThat(dockerfile()).containsPattern("(?m)^EXPOSE " + appPort + "$");
    }

    @Test
    void theImageNameAgreesAcrossPomDockerfileAndManifests() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(ManifestFiles.ROOT.resolve("pom.xml").toFile());
        String imageName = pom.getElementsByTagName("image.name").item(0).getTextContent().strip();
        assertThat(imageName).isEqualTo("hvs-prediction-api");
        Matcher title = Pattern.compile("org\\.opencontainers\\.image\\.title=\"([^\"]+)\"").matcher(dockerfile());
        assertThat(title.find()).as("Dockerfile LABEL org.opencontainers.image.title").isTrue();
        assertThat(title.group(1)).isEqualTo(imageName);
        assertThat(repository(this.knative.getImage())).isEqualTo(imageName);
        assertThat(this.fallback.getImage()).isEqualTo(this.knative.getImage());
        assertThat(ShellCommands.inReadme("podman build")).allSatisfy(
                (words) -> assertThat(repository(words.get(words.indexOf("-t") + 1))).isEqualTo(imageName));
    }

    @Test
    void bothDeploymentsProbeResourceAndLockDownAlike() {
        assertThat(this.fallback.getReadinessProbe().getHttpGet().getPath())
            .isEqualTo(this.knative.getReadinessProbe().getHttpGet().getPath());
        assertThat(this.fallback.getLivenessProbe().getHttpGet().getPath())
            .isEqualTo(this.knative.getLivenessProbe().getHttpGet().getPath());
        assertThat(this.fallback.getResources()).isEqualTo(this.knative.getResources());
        assertThat(this.fallback.getSecurityContext()).isEqualTo(this.knative.getSecurityContext());
    }

    @Test
    void everyEnvironmentVariableIsOneTheAppReads() throws IOException {
        Set<String> placeholders = AppConfiguration.placeholderNames();
        Set<ConfigurationPropertyName> properties = AppConfiguration.metadataProperties();
        assertThat(environmentNames()).isNotEmpty().allSatisfy((name) -> assertThat(
                AppConfiguration.readsEnvironmentVariable(name, placeholders, properties))
            .as("%s is set by a manifest, the Dockerfile or README, but the app reads no such variable", name)
            .isTrue());
    }

    @Test
    void theEnvironmentCheckRejectsANameTheAppDoesNotRead() {
        Set<String> placeholders = AppConfiguration.placeholderNames();
        Set<ConfigurationPropertyName> properties = AppConfiguration.metadataProperties();
        assertThat(AppConfiguration.readsEnvironmentVariable("SERVER_PORT", placeholders, properties)).isTrue();
        assertThat(AppConfiguration.readsEnvironmentVariable("PORT", placeholders, properties)).isTrue();
        assertThat(AppConfiguration.readsEnvironmentVariable("HVS_MODEL_LIFECYCLE_SWITCH_FILE", placeholders,
                properties))
            .as("dashes as underscores").isTrue();
        assertThat(AppConfiguration.readsEnvironmentVariable("HVS_MODEL_REGISTRY_NAME", placeholders, properties))
            .isFalse();
    }

    /** Env names from both deployments (env and envFrom ConfigMaps), the Dockerfile ENV and README kn --env. */
    private List<String> environmentNames() throws IOException {
        List<String> names = new ArrayList<>();
        for (Container container : List.of(this.knative, this.fallback)) {
            if (container.getEnv() != null) {
                container.getEnv().stream().map(EnvVar::getName).forEach(names::add);
            }
            if (container.getEnvFrom() != null) {
                for (EnvFromSource source : container.getEnvFrom()) {
                    names.addAll(ManifestFiles.single(ConfigMap.class, source.getConfigMapRef().getName())
                        .getData().keySet());
                }
            }
        }
        Matcher env = Pattern.compile("(?m)^ENV (\\w+)=").matcher(dockerfile());
        while (env.find()) {
            names.add(env.group(1));
        }
        for (String prefix : List.of("kn service create", "kn service update")) {
            for (List<String> command : ShellCommands.inReadme(prefix)) {
                KnFlags.parse(command).all("env").forEach((e) -> names.add(e.substring(0, e.indexOf('='))));
            }
        }
        return names;
    }

    private static String repository(String image) {
        String withoutDigest = image.split("@")[0];
        String lastSegment = withoutDigest.substring(withoutDigest.lastIndexOf('/') + 1);
        return lastSegment.split(":")[0];
    }

    private static String dockerfile() throws IOException {
        return Files.readString(ManifestFiles.ROOT.resolve("Dockerfile"));
    }

}
