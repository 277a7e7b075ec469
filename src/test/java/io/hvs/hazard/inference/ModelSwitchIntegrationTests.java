package io.hvs.hazard.inference;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * Model switches in the running service: under HTTP load from 8 threads no request fails and every answer is
 * the old or the new model's (its model_version says which, and its probability must be that model's); the
 * documented local trigger (the switch file) switches; a switch to a model that cannot load keeps the old one
 * serving, visible in the info endpoint and the metrics.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(classes = FireHazardApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "hvs.model-lifecycle.startup=blocking", "hvs.model-lifecycle.switch-file-poll=100ms" })
class ModelSwitchIntegrationTests {

    private static final HttpClient client = HttpClient.newHttpClient();

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static TwoModelStore store;

    @LocalServerPort
    int port;

    @Autowired
    ModelSwitcher switcher;

    @DynamicPropertySource
    static void models(DynamicPropertyRegistry registry) {
        registry.add("hvs.model.tracking-uri", () -> store().root.toString());
        registry.add("hvs.model.run-id", () -> store().a.runId());
        registry.add("hvs.model.uri", () -> "");
        registry.add("hvs.model-lifecycle.switch-file", () -> dir.resolve("model-switch.properties").toString());
    }

    private static synchronized TwoModelStore store() {
        if (store == null) {
            store = new TwoModelStore(dir.resolve("mlruns"));
        }
        return store;
    }

    @BeforeEach
    void serveA() throws Exception {
        Files.deleteIfExists(dir.resolve("model-switch.properties"));
        this.switcher.load(ModelSwitchTests.run(store.root, store.a.runId()), "test");
    }

    HttpResponse<String> post(String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/predict"))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body))
            .build(), BodyHandlers.ofString());
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
                BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    @Test
    void switchingUnderHttpLoadDropsNoRequestAndAnswersFromOldOrNewModelOnly() throws Exception {
        Map<String, Double> reading = TestFixtures.readingWithTemperatureShift(10);
        String body = TestFixtures.toJson(TestFixtures.readingJson("RackA2_Module01", reading));
        double expectedA = TwoModelStore.expectedA(reading);
        double expectedB = TwoModelStore.expectedB(reading);
        AtomicBoolean running = new AtomicBoolean(true);
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        Queue<String> models = new ConcurrentLinkedQueue<>();
        ExecutorService posters = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            results.add(posters.submit(() -> {
                int count = 0;
                while (running.get()) {
                    HttpResponse<String> response = post(body);
                    count++;
                    if (response.statusCode() != 200) {
                        failures.add(response.statusCode() + " " + response.body());
                        continue;
                    }
                    JsonNode answer = JSON.readTree(response.body());
                    String run = answer.path("model_version").asText();
                    double p = answer.path("predictions").path(0).path("hazard_probability").asDouble();
                    double expected = run.equals(store.a.runId()) ? expectedA
                            : run.equals(store.b.runId()) ? expectedB : -1;
                    if (Math.abs(p - expected) > 1e-5) {
                        failures.add("run " + run + " answered " + p);
                    }
                    models.add(run);
                }
                return count;
            }));
        }
        int switches = 0;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        // A number of switches, not a time budget: on a busy machine a load can take most of a second.
        while (switches < 8 || System.nanoTime() < end) {
            String next = ((switches % 2) == 0) ? store.b.runId() : store.a.runId();
            this.switcher.load(ModelSwitchTests.run(store.root, next), "test");
            switches++;
            Thread.sleep(20);
        }
        running.set(false);
        posters.shutdown();
        int requests = 0;
        for (Future<Integer> result : results) {
            requests += result.get(20, TimeUnit.SECONDS);
        }
        assertThat(failures).isEmpty();
        assertThat(requests).isGreaterThan(100);
        assertThat(models).contains(store.a.runId(), store.b.runId());
    }

    @Test
    void editingTheSwitchFileSwitchesTheServedModel() throws Exception {
        Files.writeString(dir.resolve("model-switch.properties"), "hvs.model.run-id=" + store.b.runId() + "\n");
        await().atMost(Duration.ofSeconds(20))
            .untilAsserted(() -> assertThat(get("/actuator/info").path("model").path("run_id").asText())
                .isEqualTo(store.b.runId()));
        Map<String, Double> reading = TestFixtures.normalReading();
        JsonNode answer = JSON.readTree(post(TestFixtures.toJson(reading)).body());
        assertThat(answer.path("model_version").asText()).isEqualTo(store.b.runId());
        assertThat(answer.path("predictions").path(0).path("hazard_probability").asDouble())
            .isCloseTo(TwoModelStore.expectedB(reading), within(1e-5));
        assertThat(get("/actuator/info").path("model").path("last_load").path("trigger").asText())
            .isEqualTo(ModelSwitchFileWatcher.TRIGGER);
    }

    @Test
    void aSwitchToAModelThatCannotLoadKeepsServingTheOldOneVisibly() throws Exception {
        JsonNode before = get("/actuator/info").path("model");
        assertThat(before.path("training_metrics").path("val_auc").asDouble()).isEqualTo(TwoModelStore.VAL_AUC);
        Files.writeString(dir.resolve("model-switch.properties"),
                "hvs.model.run-id=ffffffffffffffffffffffffffffffff\n");
        await().atMost(Duration.ofSeconds(20))
            .untilAsserted(() -> assertThat(get("/actuator/info").path("model").path("last_load").path("outcome")
                .asText()).isEqualTo("failure"));
        JsonNode info = get("/actuator/info").path("model");
        assertThat(info.path("run_id").asText()).isEqualTo(store.a.runId());
        assertThat(info.path("last_load").path("requested_uri").asText())
            .isEqualTo("runs:/ffffffffffffffffffffffffffffffff/model");
        assertThat(info.toString()).doesNotContain(dir.toString());
        HttpResponse<String> response = post(TestFixtures.toJson(TestFixtures.normalReading()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("model_version").asText()).isEqualTo(store.a.runId());
        assertThat(get("/actuator/health/readiness").path("status").asText()).isEqualTo("UP");
        String metrics = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port
                + "/actuator/prometheus")).GET().build(), BodyHandlers.ofString()).body();
        assertThat(metrics).containsPattern("hvs_model_load_failing 1(\\.0)?\\n")
            .contains("hvs_model_info{model_name=\"" + TestFixtures.MODEL_NAME + "\",run_id=\"" + store.a.runId());
    }

}
