package io.hvs.hazard.inference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.hvs.hazard.FireHazardApplication;
import io.hvs.hazard.testsupport.TestFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Kubernetes switch path against a real (mock) Kubernetes API, with the settings k8s-fallback/ gives the
 * pods: Spring Cloud Kubernetes reads the model selection from the ConfigMap {@code hvs-api-model} (env-style
 * keys, as kubectl users write them), watches it, and a change to {@code BEST_MLFLOW_RUN_ID} there switches the
 * served model without a restart. (Retry must stay off for that: see application.yaml.)
 */
@SpringBootTest(classes = FireHazardApplication.class, webEnvironment = WebEnvironment.NONE,
        properties = "hvs.model-lifecycle.startup=blocking")
// Closed after the class: its ConfigMap watch must not outlive the mock API server.
@DirtiesContext
class KubernetesConfigMapSwitchIntegrationTests {

    static final String NAMESPACE = "hvs";

    static final String CONFIG_MAP = "hvs-api-model";

    private static final KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(),
            new HashMap<>(), new KubernetesCrudDispatcher(List.of()), false);

    private static final String MASTER_URL = "spring.cloud.kubernetes.client.master-url";

    /**
     * What k8s-fallback/deployment.yaml sets as environment variables. System properties here, not test
     * properties: like the environment, they survive into the environment a configuration refresh rebuilds.
     */
    private static final Map<String, String> SETTINGS = Map.of("spring.main.cloud-platform", "kubernetes",
            "spring.config.import", "kubernetes:", "spring.cloud.kubernetes.config.enabled", "true",
            "spring.cloud.kubernetes.reload.enabled", "true",
            "spring.cloud.kubernetes.client.namespace", NAMESPACE);

    private static final TwoModelStore store;

    private static final KubernetesClient client;

    // Spring Cloud Kubernetes reads the ConfigMap while the environment is prepared, before a
    // @DynamicPropertySource applies: the API server and its address must exist when the class loads.
    static {
        try {
            store = new TwoModelStore(Files.createTempDirectory("hvs-k8s-mlruns-"));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        server.init();
        client = server.createClient();
        client.configMaps().inNamespace(NAMESPACE).resource(selection(store.a.runId())).create();
        System.setProperty(MASTER_URL, client.getConfiguration().getMasterUrl());
        SETTINGS.forEach(System::setProperty);
    }

    @Autowired
    ModelSwitcher switcher;

    @DynamicPropertySource
    static void mlruns(DynamicPropertyRegistry registry) {
        registry.add("hvs.model.tracking-uri", () -> store.root.toString());
    }

    private static ConfigMap selection(String runId) {
        return new ConfigMapBuilder().withNewMetadata()
            .withName(CONFIG_MAP)
            .withNamespace(NAMESPACE)
            .endMetadata()
            .withData(Map.of("BEST_MLFLOW_RUN_ID", runId, "HVS_MODEL_REGISTERED_NAME", TestFixtures.MODEL_NAME))
            .build();
    }

    @AfterAll
    static void stopServer() {
        System.clearProperty(MASTER_URL);
        SETTINGS.keySet().forEach(System::clearProperty);
        client.close();
        server.destroy();
    }

    @Test
    void changingTheConfigMapSwitchesTheServedModel() {
        assertThat(this.switcher.served().source().runId()).as("start-up selection from the ConfigMap")
            .isEqualTo(store.a.runId());
        client.configMaps().inNamespace(NAMESPACE).resource(selection(store.b.runId())).update();
        await().atMost(Duration.ofSeconds(30))
            .untilAsserted(() -> assertThat(this.switcher.served().source().runId()).isEqualTo(store.b.runId()));
        assertThat(this.switcher.lastLoad().trigger()).isEqualTo(ModelEnvironmentListener.TRIGGER);
    }

}
