package io.hvs.hazard.inference;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.hvs.hazard.FireHazardApplication;
import io.hvs.hazard.testsupport.TestFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The plain-Kubernetes switch path as k8s-fallback/ wires it, with kubelet's part played by
 * {@link ConfigMapVolume}: the switch file is the {@code model.properties} key of a ConfigMap volume, starting
 * from the committed configmap.yaml data. A file that appears after start is picked up, an update done the
 * kubelet way (new directory, atomic {@code ..data} swap) switches the served model, and a garbled update keeps
 * the old model serving, visibly. Assertions wait for outcomes (generous timeouts), never for a duration.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(classes = FireHazardApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "hvs.model-lifecycle.startup=blocking", "hvs.model-lifecycle.switch-file-poll=200ms" })
class ConfigMapVolumeSwitchIntegrationTests {

    static final String KEY = "model.properties";

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final HttpClient client = HttpClient.newHttpClient();

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static TwoModelStore store;

    private static ConfigMapVolume volume;

    // Every edit differs from every earlier one, so no edit can look unchanged to the watcher.
    private static final AtomicInteger edits = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    ModelSwitcher switcher;

    @DynamicPropertySource
    static void deployment(DynamicPropertyRegistry registry) {
        registry.add("hvs.model.tracking-uri", () -> store().root.toString());
        // Nothing else selects: the environment's default is models:/hvs-hazard-classifier@champion, run A.
        registry.add("hvs.model.run-id", () -> "");
        registry.add("hvs.model.uri", () -> "");
        registry.add("hvs.model-lifecycle.switch-file", () -> volume().file(KEY).toString());
    }

    private static synchronized TwoModelStore store() {
        if (store == null) {
            store = new TwoModelStore(dir.resolve("mlruns"));
        }
        return store;
    }

    private static synchronized ConfigMapVolume volume() {
        if (volume == null) {
            volume = new ConfigMapVolume(dir.resolve("etc-hvs-model"));
        }
        return volume;
    }

    /** The committed model.properties with one more line (last wins in a properties file). */
    private static Map<String, String> selecting(String line) {
        String committed = ConfigMapVolume.committedData().get(KEY);
        return Map.of(KEY, committed + "# edit " + edits.incrementAndGet() + "\n" + line + "\n");
    }

    private static String uriOfB() {
        return "hvs.model.uri=models:/" + TestFixtures.MODEL_NAME + "/" + store.b.version();
    }

    @BeforeEach
    void emptyVolumeServingA() {
        volume.clear();
        this.switcher.load(ModelSwitchTests.run(store.root, store.a.runId()), "test");
    }

    HttpResponse<String> predict() throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/predict"))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(TestFixtures.toJson(TestFixtures.normalReading())))
            .build(), BodyHandlers.ofString());
    }

    String get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
                BodyHandlers.ofString()).body();
    }

    JsonNode model() throws Exception {
        return JSON.readTree(get("/actuator/info")).path("model");
    }

    void awaitServed(TestFixtures.TinyRun run) {
        await().atMost(TIMEOUT).untilAsserted(() -> {
            JsonNode model = model();
            assertThat(model.path("run_id").asText()).isEqualTo(run.runId());
            assertThat(model.path("last_load").path("trigger").asText()).isEqualTo(ModelSwitchFileWatcher.TRIGGER);
        });
    }

    void assertPredictionsFrom(TestFixtures.TinyRun run, double expected) throws Exception {
        HttpResponse<String> response = predict();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("model_version").asText()).isEqualTo(run.runId());
        assertThat(answer.path("predictions").path(0).path("hazard_probability").asDouble()).isCloseTo(expected,
                within(1e-5));
    }

    @Test
    void aConfigMapFileThatAppearsAfterStartIsPickedUp() throws Exception {
        assertThat(volume.file(KEY)).doesNotExist();
        assertThat(model().path("run_id").asText()).isEqualTo(store.a.runId());
        volume.write(selecting(uriOfB()));
        awaitServed(store.b);
        assertPredictionsFrom(store.b, TwoModelStore.expectedB(TestFixtures.normalReading()));
    }

    @Test
    void anUpdateDoneTheKubeletWaySwitchesTheServedModel() throws Exception {
        volume.write(selecting(uriOfB()));
        awaitServed(store.b);
        // Without uri, the run id selects (uri > run-id > name@alias).
        volume.write(selecting("hvs.model.run-id=" + store.a.runId()));
        awaitServed(store.a);
        assertThat(model().path("last_load").path("requested_uri").asText())
            .isEqualTo("runs:/" + store.a.runId() + "/model");
        assertPredictionsFrom(store.a, TwoModelStore.expectedA(TestFixtures.normalReading()));
    }

    @Test
    void aGarbledUpdateKeepsTheOldModelServingVisiblyUntilTheNextGoodOne() throws Exception {
        volume.write(selecting(uriOfB()));
        awaitServed(store.b);
        // A valid selection of A followed by a malformed escape: applying the readable part would switch to A.
        volume.write(selecting("hvs.model.run-id=" + store.a.runId() + "\nhvs.model.alias=\\uZZZZ"));
        await().atMost(TIMEOUT)
            .untilAsserted(() -> assertThat(model().path("last_load").path("outcome").asText()).isEqualTo("failure"));
        JsonNode model = model();
        assertThat(model.path("run_id").asText()).isEqualTo(store.b.runId());
        assertThat(model.path("last_load").path("trigger").asText()).isEqualTo(ModelSwitchFileWatcher.TRIGGER);
        assertThat(model.toString()).doesNotContain(dir.toString());
        assertPredictionsFrom(store.b, TwoModelStore.expectedB(TestFixtures.normalReading()));
        assertThat(JSON.readTree(get("/actuator/health/readiness")).path("status").asText()).isEqualTo("UP");
        assertThat(get("/actuator/prometheus")).containsPattern("hvs_model_load_failing 1(\\.0)?\\n");
        volume.write(selecting("hvs.model.run-id=" + store.a.runId()));
        awaitServed(store.a);
        assertThat(get("/actuator/prometheus")).containsPattern("hvs_model_load_failing 0(\\.0)?\\n");
    }

}
