package io.hvs.hazard.function;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.hvs.hazard.features.FeatureSchema;
import io.hvs.hazard.testsupport.HistoryFixtures;
import io.hvs.hazard.testsupport.ServingIntegrationTest;
import io.hvs.hazard.testsupport.TinyHazardModel;
import io.hvs.hazard.testsupport.TinyModelStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code {"histories":[...]}} over real HTTP with the tiny model: the answer for a hand-made history, its summary
 * members, and every kind of bad history answered with a 4xx problem pointing into the history.
 */
class HistoryIntegrationTests extends ServingIntegrationTest {

    private static final String A = "RackA1_Module01";

    @LocalServerPort
    int port;

    private JsonNode post(String body, int status) throws Exception {
        var response = PredictFunctionIntegrationTests.send(this.port, "/predict", "application/json",
                java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (status == 200) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return PredictFunctionIntegrationTests.json(response);
        }
        return PredictFunctionIntegrationTests.assertProblem(response, status);
    }

    @Test
    void historyIsAnsweredForItsNewestReadingWithItsSummary() throws Exception {
        List<Map<String, Object>> gapped = new ArrayList<>(HistoryFixtures.readings(61));
        gapped.get(60).put(FeatureSchema.TIMESTAMP, HistoryFixtures.START.plusSeconds(630).toString());
        JsonNode body = post(HistoryFixtures.body(HistoryFixtures.history(A, HistoryFixtures.handMadeReadings()),
                HistoryFixtures.history("RackA1_Module02", gapped)), 200);
        assertThat(body.path("model_version").asText()).isEqualTo(TinyModelStore.run().runId());
        JsonNode first = body.path("predictions").get(0);
        double expected = TinyHazardModel.expectedProbability(HistoryFixtures.handMadeFeatures());
        assertThat(first.path("Module_ID").asText()).isEqualTo(A);
        assertThat(first.path("hazard_probability").asDouble()).isCloseTo(expected, within(1e-5));
        assertThat(first.path("hazard_prediction").asInt()).isEqualTo(expected >= TinyModelStore.THRESHOLD ? 1 : 0);
        assertThat(first.path("readings_used").asInt()).isEqualTo(3);
        assertThat(first.path("short_window").asBoolean()).isTrue();
        assertThat(first.path("filled_values").asInt()).isEqualTo(1);
        assertThat(first.path("warnings")).isEmpty();
        JsonNode second = body.path("predictions").get(1);
        assertThat(second.path("readings_used").asInt()).isEqualTo(61);
        assertThat(second.path("short_window").asBoolean()).isFalse();
        assertThat(second.path("warnings")).singleElement().satisfies((Consumer<JsonNode>) (gap) -> {
            assertThat(gap.path("pointer").asText()).isEqualTo("/histories/1/readings/60/Timestamp");
            assertThat(gap.path("gap_seconds").asDouble()).isEqualTo(40.0);
        });
    }

    @Test
    void featureReadingsStillAnswerWithoutHistoryMembers() throws Exception {
        JsonNode body = post(PredictFunctionIntegrationTests.wrapped(PredictFunctionIntegrationTests.reading(A,
                io.hvs.hazard.testsupport.TestFixtures.normalReading())), 200);
        assertThat(body.path("predictions").get(0).has("readings_used")).isFalse();
        assertThat(body.path("predictions").get(0).has("warnings")).isFalse();
    }

    static Stream<Arguments> badHistories() {
        List<Map<String, Object>> unsorted = new ArrayList<>(HistoryFixtures.readings(3));
        unsorted.get(2).put(FeatureSchema.TIMESTAMP, "2024-01-01T00:00:05Z");
        List<Map<String, Object>> duplicate = new ArrayList<>(HistoryFixtures.readings(3));
        duplicate.get(1).put(FeatureSchema.TIMESTAMP, "2024-01-01 00:00:00");
        List<Map<String, Object>> incomplete = new ArrayList<>(HistoryFixtures.readings(18));
        incomplete.get(17).put(FeatureSchema.VOLTAGE, null);
        List<Map<String, Object>> mixed = new ArrayList<>(HistoryFixtures.readings(3));
        mixed.get(1).put(FeatureSchema.MODULE_ID, "RackB2_Module05");
        return Stream.of(
                Arguments.of("unsorted", HistoryFixtures.body(HistoryFixtures.history(A, HistoryFixtures.readings(2)),
                        HistoryFixtures.history("m", unsorted)), 400, "/histories/1/readings/2/Timestamp"),
                Arguments.of("duplicate timestamps", HistoryFixtures.body(HistoryFixtures.history(A, duplicate)), 400,
                        "/histories/0/readings/1/Timestamp"),
                Arguments.of("newest incomplete", HistoryFixtures.body(HistoryFixtures.history(A, incomplete)), 400,
                        "/histories/0/readings/17/Module_Voltage_V"),
                Arguments.of("reading of another module", HistoryFixtures.body(HistoryFixtures.history(A, mixed)),
                        400, "/histories/0/readings/1/Module_ID"),
                Arguments.of("same module twice", HistoryFixtures.body(HistoryFixtures.history(A,
                        HistoryFixtures.readings(1)), HistoryFixtures.history(A, HistoryFixtures.readings(1))), 400,
                        "/histories/1/Module_ID"),
                Arguments.of("empty history", HistoryFixtures.body(HistoryFixtures.history(A, List.of())), 400,
                        "/histories/0/readings"),
                Arguments.of("too long", HistoryFixtures.body(HistoryFixtures.history(A,
                        HistoryFixtures.readings(MAX_HISTORY_LENGTH + 1))), 413,
                        "/histories/0/readings/" + MAX_HISTORY_LENGTH),
                Arguments.of("too many histories", HistoryFixtures.body(Stream.iterate(0, (i) -> i + 1)
                    .limit(MAX_READINGS + 1)
                    .map((i) -> HistoryFixtures.history("m" + i, HistoryFixtures.readings(1)))
                    .toArray(Map[]::new)), 413, "/histories/" + MAX_READINGS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badHistories")
    void badHistoryIsAProblemPointingIntoIt(String name, String body, int status, String pointer) throws Exception {
        JsonNode problem = post(body, status);
        assertThat(problem.path("errors")).anySatisfy((Consumer<JsonNode>) (error) -> {
            assertThat(error.path("pointer").asText()).isEqualTo(pointer);
            assertThat(error.path("history").isInt()).isTrue();
        });
        assertThat(problem.path("detail").asText()).contains(pointer);
    }

}
