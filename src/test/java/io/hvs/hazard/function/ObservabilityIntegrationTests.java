package io.hvs.hazard.function;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.hvs.hazard.features.FeatureSchema;
import io.hvs.hazard.testsupport.ServingIntegrationTest;
import io.hvs.hazard.testsupport.TestFixtures;
import io.hvs.hazard.testsupport.TinyModelStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees: the Prometheus meters with their labels after plain JSON and CloudEvent requests (the
 * sample events of events/), the info endpoint's model
 * section, nothing but health/info/prometheus exposed, and one structured log line per rejected request
 * carrying the request and trace ids but never the readings.
 */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIntegrationTests extends ServingIntegrationTest {

    private static final HttpClient client = HttpClient.newHttpClient();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @LocalServerPort
    int port;

    HttpResponse<String> post(String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/predict"))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return client.send(request.build(), BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
                BodyHandlers.ofString());
    }

    @Test
    void requestsShowUpInThePrometheusMetricsWithTheirLabels() throws Exception {
        String two = TestFixtures.toJson(Map.of("readings",
                List.of(TestFixtures.readingJson("A", TestFixtures.normalReading()),
                        TestFixtures.readingJson("B", TestFixtures.hazardousReading()))));
        assertThat(post(two, Map.of()).statusCode()).isEqualTo(200);
        assertThat(post("{\"readings\": [{\"Module_ID\": 3}]}", Map.of()).statusCode()).isEqualTo(400);
        String metrics = get("/actuator/prometheus").body();
        assertThat(metrics)
            .contains("hvs_requests_seconds_count{endpoint=\"/predict\",input_mode=\"json\",outcome=\"success\","
                    + "status=\"200\"}")
            .contains("hvs_requests_seconds_count{endpoint=\"/predict\",input_mode=\"json\",outcome=\"client_error\","
                    + "status=\"400\"}")
            .contains("hvs_requests_seconds_bucket{endpoint=\"/predict\",input_mode=\"json\",outcome=\"success\","
                    + "status=\"200\",le=\"0.005\"}")
            .contains("hvs_request_readings_count{input_mode=\"json\"}")
            .contains("hvs_inference_latency_seconds_count ")
            .contains("hvs_inference_batch_requests_bucket{le=\"1.0\"}")
            .contains("hvs_predictions_total{class=\"0\"}")
            .contains("hvs_predictions_total{class=\"1\"}")
            .contains("hvs_hazard_probability_bucket{le=\"0.5\"}")
            .contains("hvs_model_load_seconds_count{outcome=\"success\"}")
            .containsPattern("hvs_model_info\\{model_name=\"" + TestFixtures.MODEL_NAME + "\",run_id=\""
                    + TinyModelStore.run().runId() + "\",version=\"" + TinyModelStore.run().version()
                    + "\"} 1(\\.0)?\\n");
        assertThat(counter(metrics, "hvs_predictions_total{class=\"1\"}")).isGreaterThanOrEqualTo(1);
        assertThat(counter(metrics, "hvs_request_readings_sum{input_mode=\"json\"}")).isGreaterThanOrEqualTo(2);
        // Every session call carried at least the one request that made it.
        assertThat(counter(metrics, "hvs_inference_batch_requests_sum"))
            .isGreaterThanOrEqualTo(counter(metrics, "hvs_inference_batch_requests_count"));
    }

    @Test
    void cloudEventRequestsAreLabelledWithTheirMode() throws Exception {
        Map<String, String> binary = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("events/ce-binary.headers"))) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                binary.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        assertThat(send(Files.readString(Path.of("events/ce-binary.body.json")), binary).statusCode()).isEqualTo(200);
        assertThat(send(Files.readString(Path.of("events/ce-structured.json")),
                Map.of("Content-Type", "application/cloudevents+json")).statusCode()).isEqualTo(200);
        assertThat(send(Files.readString(Path.of("events/ce-batch.json")),
                Map.of("Content-Type", "application/cloudevents-batch+json")).statusCode()).isEqualTo(200);
        String metrics = get("/actuator/prometheus").body();
        for (String mode : List.of("ce-binary", "ce-structured", "ce-batch")) {
            assertThat(metrics).contains("hvs_requests_seconds_count{endpoint=\"/predict\",input_mode=\"" + mode
                    + "\",outcome=\"success\",status=\"200\"}");
            assertThat(counter(metrics, "hvs_request_readings_sum{input_mode=\"" + mode + "\"}")).isPositive();
        }
    }

    HttpResponse<String> send(String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/predict"))
            .POST(BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return client.send(request.build(), BodyHandlers.ofString());
    }

    private static double counter(String metrics, String series) {
        return metrics.lines()
            .filter((line) -> line.startsWith(series + " "))
            .mapToDouble((line) -> Double.parseDouble(line.substring(series.length() + 1)))
            .findFirst()
            .orElseThrow();
    }

    @Test
    void infoNamesTheServedModelAndTheBuild() throws Exception {
        JsonNode info = JSON.readTree(get("/actuator/info").body());
        assertThat(info.path("model").path("run_id").asText()).isEqualTo(TinyModelStore.run().runId());
        assertThat(info.path("model").path("name").asText()).isEqualTo(TestFixtures.MODEL_NAME);
        assertThat(info.path("model").path("version").asText())
            .isEqualTo(Integer.toString(TinyModelStore.run().version()));
        assertThat(info.path("model").path("decision_threshold").asDouble()).isEqualTo(TinyModelStore.THRESHOLD);
        assertThat(info.path("inference").path("batching").isBoolean()).isTrue();
        assertThat(info.path("inference").path("batching").asBoolean()).as("the default").isTrue();
        assertThat(info.path("inference").path("onednn").asBoolean(true)).as("the build's environment").isFalse();
        assertThat(info.path("model").path("last_load").path("outcome").asText()).isEqualTo("success");
        assertThat(info.path("build").path("artifact").asText()).isEqualTo("hvs-hazard-function");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/threaddump",
            "/actuator/configprops", "/actuator/loggers", "/actuator/refresh", "/actuator/restart",
            "/actuator/metrics" })
    void onlyHealthInfoAndPrometheusAreExposed(String path) throws Exception {
        assertThat(get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void aRejectedRequestLogsOneJsonLineWithItsIdsAndNoReadings(CapturedOutput output) throws Exception {
        Map<String, Double> reading = TestFixtures.normalReading();
        reading.put(FeatureSchema.SOC, 123456.789);
        HttpResponse<String> response = post(TestFixtures.toJson(reading),
                Map.of("X-Request-Id", "req-7f3a", "traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("req-7f3a");
        JsonNode line = output.getOut()
            .lines()
            .filter((text) -> text.startsWith("{") && text.contains("req-7f3a"))
            .map(ObservabilityIntegrationTests::parse)
            .filter((json) -> json.path("log").path("logger").asText().endsWith("RequestObservationFilter"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no request line in " + output.getOut()));
        assertThat(line.path("log").path("level").asText()).isEqualTo("INFO");
        assertThat(line.path("http").path("request").path("id").asText()).isEqualTo("req-7f3a");
        assertThat(line.path("trace").path("id").asText()).isEqualTo(TRACE_ID);
        assertThat(line.path("message").asText()).contains("POST /predict 400 json");
        assertThat(output.getAll()).doesNotContain("123456.789");
    }

    @Test
    void aGeneratedRequestIdIsEchoedWhenTheClientSentNone() throws Exception {
        HttpResponse<String> response = post(TestFixtures.toJson(TestFixtures.normalReading()), Map.of());
        assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(
                (id) -> assertThat(id).matches("[0-9a-f]{32}"));
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        }
        catch (Exception ex) {
            throw new AssertionError("not JSON: " + text, ex);
        }
    }

}
