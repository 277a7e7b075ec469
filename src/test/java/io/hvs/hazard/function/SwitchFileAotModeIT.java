package io.hvs.hazard.function;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The switch file (k8s-fallback mounts the model ConfigMap as one) in AOT mode, where the bean set was fixed at
 * build time: its watcher must exist whatever the build saw and read its setting at run time. The packaged jar,
 * as the image runs it, with the committed model: a file written after start is loaded (trigger "switch-file"),
 * and a garbled one is a visible failed load while the service goes on answering.
 */
class SwitchFileAotModeIT {

    private final HttpClient http = HttpClient.newHttpClient();

    private final ObjectMapper json = new ObjectMapper();

    private Process app;

    private int port;

    @AfterEach
    void stop() {
        if (this.app != null) {
            this.app.destroyForcibly();
        }
    }

    @Test
    void aSwitchFileWrittenAfterStartIsLoadedAndAGarbledOneIsAVisibleFailure(@TempDir Path dir) throws Exception {
        Path switchFile = dir.resolve("model.properties");
        this.port = PackagedJar.freePort();
        this.app = PackagedJar.start(this.port, Path.of("target", "switch-file-aot-it.log"),
                Map.of("HVS_MODEL_LIFECYCLE_SWITCH_FILE", switchFile.toString(),
                        "HVS_MODEL_LIFECYCLE_SWITCH_FILE_POLL", "200ms"));
        new ShutdownProbe(this.port).awaitReady(Duration.ofSeconds(120), this.app);
        assertThat(Files.readString(Path.of("target", "switch-file-aot-it.log")))
            .contains("Starting AOT-processed FireHazardApplication");
        assertThat(lastLoad().path("trigger").asText()).isEqualTo("startup");

        Files.writeString(switchFile, "hvs.model.uri=models:/hvs-hazard-classifier/1\n");
        JsonNode switched = awaitLastLoad("success");
        assertThat(switched.path("requested_uri").asText()).isEqualTo("models:/hvs-hazard-classifier/1");

        Files.writeString(switchFile, "not a model selection\n");
        awaitLastLoad("failure");
        HttpResponse<String> prediction = this.http.send(HttpRequest.newBuilder(uri("/predict"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofFile(Path.of("events", "test_payload.json")))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(prediction.statusCode()).as(prediction.body()).isEqualTo(200);
        assertThat(this.json.readTree(prediction.body()).path("model_uri").asText())
            .isEqualTo("models:/hvs-hazard-classifier/1");
    }

    private JsonNode awaitLastLoad(String outcome) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode last = lastLoad();
        while (System.nanoTime() < end) {
            last = lastLoad();
            if (last.path("trigger").asText().equals("switch-file") && last.path("outcome").asText().equals(outcome)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no switch-file load with outcome " + outcome + " within 60 s; last: " + last);
    }

    private JsonNode lastLoad() throws Exception {
        HttpResponse<String> info = this.http.send(HttpRequest.newBuilder(uri("/actuator/info")).build(),
                HttpResponse.BodyHandlers.ofString());
        return this.json.readTree(info.body()).path("model").path("last_load");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + this.port + path);
    }

}
