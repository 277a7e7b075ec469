package io.hvs.hazard.function;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.hvs.hazard.features.FeatureSchema;
import io.hvs.hazard.testsupport.ServingIntegrationTest;
import io.hvs.hazard.testsupport.TestFixtures;
import io.hvs.hazard.testsupport.TinyHazardModel;
import io.hvs.hazard.testsupport.TinyModelStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The function over real HTTP: answers computed from the tiny model's known weights, and every bad input
 * answered with the right 4xx problem naming the field. Spring Cloud Function alone would answer bad JSON with
 * a 500 and serve any path and method; these tests pin that it does not here.
 */
class PredictFunctionIntegrationTests extends ServingIntegrationTest {

    static final HttpClient client = HttpClient.newHttpClient();

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    static HttpResponse<String> send(int port, String path, String contentType, BodyPublisher body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .POST(body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return client.send(request.build(), BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, BodyPublisher body) throws Exception {
        return send(this.port, path, contentType, body);
    }

    HttpResponse<String> postJson(String path, String body) throws Exception {
        return post(path, "application/json", BodyPublishers.ofString(body));
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** A problem answer with the status, the media type, no internals, and an error naming the field. */
    static JsonNode assertProblem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                (type) -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "java.", "io.hvs", "/tmp");
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        return problem;
    }

    static String wrapped(Object... readings) {
        return TestFixtures.toJson(Map.of("readings", List.of(readings)));
    }

    static Map<String, Object> reading(String moduleId, Map<String, Double> values) {
        return TestFixtures.readingJson(moduleId, values);
    }

    @Nested
    class Answers {

        @Test
        void aBatchInRequestOrderWithTheModelsProbabilities() throws Exception {
            List<Map<String, Double>> values = List.of(TestFixtures.normalReading(), TestFixtures.hazardousReading(),
                    TestFixtures.readingWithTemperatureShift(25));
            HttpResponse<String> response = postJson("/predict", wrapped(reading("RackA1_Module01", values.get(0)),
                    reading("RackA2_Module01", values.get(1)), reading("RackB4_Module08", values.get(2))));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    (type) -> assertThat(type).startsWith("application/json"));
            JsonNode body = json(response);
            JsonNode predictions = body.path("predictions");
            assertThat(predictions).hasSize(3);
            List<String> ids = List.of("RackA1_Module01", "RackA2_Module01", "RackB4_Module08");
            for (int i = 0; i < 3; i++) {
                double expected = TinyHazardModel.expectedProbability(values.get(i));
                JsonNode prediction = predictions.get(i);
                assertThat(prediction.path("Module_ID").asText()).isEqualTo(ids.get(i));
                assertThat(prediction.path("hazard_probability").asDouble()).isCloseTo(expected, within(1e-5));
                assertThat(prediction.path("hazard_prediction").asInt())
                    .isEqualTo((expected >= TinyModelStore.THRESHOLD) ? 1 : 0);
            }
            assertThat(predictions.get(1).path("hazard_prediction").asInt()).isEqualTo(1);
            assertThat(body.path("model_version").asText()).isEqualTo(TinyModelStore.run().runId());
            assertThat(body.path("model_name").asText()).isEqualTo(TestFixtures.MODEL_NAME);
            assertThat(body.path("model_uri").asText()).isEqualTo("models:/hvs-hazard-classifier/1");
            assertThat(body.path("decision_threshold").asDouble()).isEqualTo(TinyModelStore.THRESHOLD);
        }

        @Test
        void oneBareReadingAtTheRootPathAsUnknownModule() throws Exception {
            HttpResponse<String> response = postJson("/", TestFixtures.toJson(TestFixtures.hazardousReading()));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode prediction = json(response).path("predictions").get(0);
            assertThat(prediction.path("Module_ID").asText()).isEqualTo("Unknown");
            assertThat(prediction.path("hazard_prediction").asInt()).isEqualTo(1);
        }

        @Test
        void withoutEchoingRequestHeaders() throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/predict"))
                .header("Content-Type", "application/json")
                .header("Cookie", "session=secret")
                .header("Authorization", "Bearer secret")
                .header("X-Custom", "secret")
                .POST(BodyPublishers.ofString(wrapped(reading("m", TestFixtures.normalReading()))))
                .build();
            HttpResponse<String> response = client.send(request, BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().map().keySet()).map((name) -> name.toLowerCase(Locale.ROOT))
                .doesNotContain("cookie", "authorization", "x-custom", "user-agent", "uri", "timestamp", "id");
        }

        @Test
        void aBodyWithoutContentTypeAsJson() throws Exception {
            HttpResponse<String> response = post("/predict", null,
                    BodyPublishers.ofString(wrapped(reading("m", TestFixtures.normalReading()))));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(json(response).path("predictions").get(0).path("hazard_prediction").asInt()).isZero();
        }

    }

    static List<Arguments> badReadings() {
        String soc = FeatureSchema.SOC;
        String co = FeatureSchema.CO;
        String std = FeatureSchema.rollingStdName(6, FeatureSchema.CURRENT);
        String ok = TestFixtures.toJson(reading("ok", TestFixtures.normalReading()));
        String base = TestFixtures.toJson(reading("bad", TestFixtures.normalReading()));
        return List.of(
                Arguments.of("not JSON", "{\"readings\": [", "/readings", null),
                Arguments.of("wrong shape", "[1, 2]", "", null),
                Arguments.of("array of readings", "[" + ok + "]", "", null),
                Arguments.of("null readings", "{\"readings\": null}", "/readings", "readings"),
                Arguments.of("empty readings", "{\"readings\": []}", "/readings", "readings"),
                Arguments.of("missing feature", "{\"readings\":[" + ok + "," + base.replaceFirst("\"" + soc
                        + "\":[^,}]+,?", "") + "]}", "/readings/1/" + soc, soc),
                Arguments.of("string number", "{\"readings\":[" + ok + "," + base.replaceFirst("\"" + soc
                        + "\":([^,}]+)", "\"" + soc + "\":\"$1\"") + "]}", "/readings/1/" + soc, soc),
                Arguments.of("null feature", "{\"readings\":[" + base.replaceFirst("\"" + co + "\":[^,}]+", "\"" + co
                        + "\":null") + "]}", "/readings/0/" + co, co),
                Arguments.of("non-finite", "{\"readings\":[" + base.replaceFirst("\"" + co + "\":[^,}]+", "\"" + co
                        + "\":1e999") + "]}", "/readings/0/" + co, co),
                Arguments.of("SoC over 100", "{\"readings\":[" + base.replaceFirst("\"" + soc + "\":[^,}]+", "\"" + soc
                        + "\":100.5") + "]}", "/readings/0/" + soc, soc),
                Arguments.of("negative gas", "{\"readings\":[" + base.replaceFirst("\"" + co + "\":[^,}]+", "\"" + co
                        + "\":-3") + "]}", "/readings/0/" + co, co),
                Arguments.of("negative std", "{\"readings\":[" + base.replaceFirst("\"" + std + "\":[^,}]+", "\"" + std
                        + "\":-0.1") + "]}", "/readings/0/" + std, std),
                Arguments.of("Module_ID not a string", "{\"readings\":[" + base.replace("\"bad\"", "42") + "]}",
                        "/readings/0/Module_ID", "Module_ID"),
                Arguments.of("unknown field", "{\"readings\":[" + base.replace("{", "{\"Colour\":\"red\",") + "]}",
                        "/readings/0/Colour", "Colour"),
                Arguments.of("duplicate key", "{\"readings\":[" + base.replace("{", "{\"" + soc + "\":50,") + "]}",
                        "/readings/0/" + soc, soc));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReadings")
    void badInputIs400NamingTheField(String name, String body, String pointer, String field) throws Exception {
        JsonNode problem = assertProblem(postJson("/predict", body), 400);
        JsonNode error = problem.path("errors").get(0);
        assertThat(error.path("pointer").asText()).isEqualTo(pointer);
        if (field != null) {
            assertThat(error.path("field").asText()).isEqualTo(field);
            assertThat(problem.path("detail").asText()).contains(field);
        }
        assertThat(error.path("reason").asText()).isNotBlank();
    }

}
