package io.hvs.hazard.function;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.hvs.hazard.testsupport.ServingIntegrationTest;
import io.hvs.hazard.testsupport.TestFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP edge around the function: size and count limits (413), unknown paths (404), wrong methods (405),
 * content types (415) and the actuator endpoints on the serving port. Shares the application context of
 * {@link PredictFunctionIntegrationTests}.
 */
class HttpEdgeIntegrationTests extends ServingIntegrationTest {

    @LocalServerPort
    int port;

    HttpResponse<String> post(String path, String contentType, BodyPublisher body) throws Exception {
        return PredictFunctionIntegrationTests.send(this.port, path, contentType, body);
    }

    HttpResponse<String> postJson(String path, String body) throws Exception {
        return post(path, "application/json", BodyPublishers.ofString(body));
    }

    static JsonNode assertProblem(HttpResponse<String> response, int status) throws IOException {
        return PredictFunctionIntegrationTests.assertProblem(response, status);
    }

    static String wrapped(Object... readings) {
        return PredictFunctionIntegrationTests.wrapped(readings);
    }

    static Map<String, Object> reading(String moduleId, Map<String, Double> values) {
        return TestFixtures.readingJson(moduleId, values);
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return PredictFunctionIntegrationTests.json(response);
    }

    @Nested
    class Limits {

        @Test
        void moreReadingsThanTheLimitIs413() throws Exception {
            List<Object> readings = new ArrayList<>();
            for (int i = 0; i <= MAX_READINGS; i++) {
                readings.add(reading("m" + i, TestFixtures.normalReading()));
            }
            JsonNode problem = assertProblem(postJson("/predict", wrapped(readings.toArray())), 413);
            assertThat(problem.path("errors").get(0).path("pointer").asText()).isEqualTo("/readings/" + MAX_READINGS);
        }

        @Test
        void bodyOverTheLimitIs413ByContentLength() throws Exception {
            String body = "{\"readings\": [], \"pad\": \"" + "x".repeat(MAX_BODY_BYTES) + "\"}";
            JsonNode problem = assertProblem(postJson("/predict", body), 413);
            assertThat(problem.path("detail").asText()).contains(Integer.toString(MAX_BODY_BYTES));
        }

        @Test
        void chunkedBodyOverTheLimitIs413WhileReading() throws Exception {
            byte[] body = ("{\"readings\": [], \"pad\": \"" + "x".repeat(4 * MAX_BODY_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
            // No Content-Length: only counting the stream can catch it.
            HttpResponse<String> response = post("/predict", "application/json",
                    BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
            assertProblem(response, 413);
        }

    }

    @Nested
    class Http {

        @Test
        void unknownPathIs404() throws Exception {
            assertProblem(postJson("/predictions", wrapped(reading("m", TestFixtures.normalReading()))), 404);
        }

        @Test
        void benchmarkBaselineIsAbsentUnlessEnabled() throws Exception {
            assertProblem(postJson("/benchmark/baseline", wrapped(reading("m", TestFixtures.normalReading()))), 404);
        }

        @Test
        void getOnTheFunctionIs405WithAllow() throws Exception {
            HttpResponse<String> response = PredictFunctionIntegrationTests.client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/predict")).GET().build(),
                    BodyHandlers.ofString());
            assertProblem(response, 405);
            assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        }

        @ParameterizedTest
        @ValueSource(strings = { "text/plain", "application/x-www-form-urlencoded", "application/xml",
                "application/json; charset=ISO-8859-1", "application/json; charset=nonsense", "not a type" })
        void nonJsonContentTypeIs415(String contentType) throws Exception {
            HttpResponse<String> response = post("/predict", contentType,
                    BodyPublishers.ofString(wrapped(reading("m", TestFixtures.normalReading()))));
            assertProblem(response, 415);
        }

        @Test
        void cloudEventsContentTypesAreNotRefused() throws Exception {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("specversion", "1.0");
            event.put("id", "1");
            event.put("type", "io.hvs.hazard.readings.v1");
            event.put("source", "/tests");
            event.put("datacontenttype", "application/json");
            event.put("data", Map.of("readings", List.of(reading("m", TestFixtures.normalReading()))));
            HttpResponse<String> response = post("/predict", "application/cloudevents+json",
                    BodyPublishers.ofString(TestFixtures.toJson(event)));
            assertThat(response.statusCode()).as(response.body()).isNotEqualTo(415);
        }

    }

    @Nested
    class Actuator {

        HttpResponse<String> get(String path) throws Exception {
            return PredictFunctionIntegrationTests.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    BodyHandlers.ofString());
        }

        @Test
        void readinessIsUpWithTheModelLoaded() throws Exception {
            HttpResponse<String> response = get("/actuator/health/readiness");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).path("status").asText()).isEqualTo("UP");
        }

        @Test
        void livenessInfoAndPrometheusAreServed() throws Exception {
            assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
            HttpResponse<String> info = get("/actuator/info");
            assertThat(info.statusCode()).as(info.body()).isEqualTo(200);
            HttpResponse<String> prometheus = get("/actuator/prometheus");
            assertThat(prometheus.statusCode()).as(prometheus.body()).isEqualTo(200);
            assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
        }

        @Test
        void otherEndpointsAreNotExposed() throws Exception {
            assertProblem(get("/actuator/env"), 404);
            assertProblem(get("/actuator/beans"), 404);
        }

    }

}
