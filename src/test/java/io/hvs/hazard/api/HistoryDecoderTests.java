package io.hvs.hazard.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.hvs.hazard.api.InvalidRequestException.Kind;
import io.hvs.hazard.features.FeatureSchema;
import io.hvs.hazard.features.SensorHistory;
import io.hvs.hazard.testsupport.HistoryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** Decoding {@code {"histories":[...]}}: valid histories, timestamps, gaps; the bad-history 4xx cases. */
class HistoryDecoderTests {

    private static final String A = "RackA1_Module01";

    private final HazardRequestDecoder decoder = new HazardRequestDecoder(3, 70);

    private HazardRequest decode(String body) {
        return this.decoder.decode(body.getBytes(StandardCharsets.UTF_8));
    }

    private InvalidRequestException reject(String body) {
        InvalidRequestException ex = catchThrowableOfType(InvalidRequestException.class, () -> decode(body));
        assertThat(ex).as("rejected").isNotNull();
        return ex;
    }

    private static List<Map<String, Object>> readings(int count) {
        return new ArrayList<>(HistoryFixtures.readings(count));
    }

    @Nested
    class Valid {

        @Test
        void historyBecomesSensorRowsWithMissingValuesAsNaN() {
            List<Map<String, Object>> readings = readings(4);
            readings.get(1).put(FeatureSchema.VOLTAGE, null);
            readings.get(2).remove(FeatureSchema.CO);
            readings.get(3).put(FeatureSchema.AVG_TEMP, 31.5);
            HazardRequest request = decode(HistoryFixtures.body(HistoryFixtures.history(A, readings)));
            assertThat(request.hasHistories()).isTrue();
            assertThat(request.readings()).isEmpty();
            ModuleHistory history = request.histories().get(0);
            SensorHistory sensors = history.sensors();
            assertThat(history.moduleId()).isEqualTo(A);
            assertThat(sensors.rows()).isEqualTo(4);
            assertThat(sensors.column(2)).containsExactly(51.0, Double.NaN, 51.0, 51.0);
            assertThat(sensors.column(5)).containsExactly(2.0, 2.0, Double.NaN, 2.0);
            assertThat(sensors.column(0)).containsExactly(25.0, 25.0, 25.0, 31.5);
            assertThat(history.summary()).isEqualTo(new HistorySummary(4, true, 2, List.of()));
        }

        @Test
        void sixtyReadingsAreAFullWindowAndOneReadingIsEnough() {
            HazardRequest request = decode(HistoryFixtures.body(HistoryFixtures.history(A, readings(60)),
                    HistoryFixtures.history("RackA1_Module02", readings(1))));
            assertThat(request.histories()).extracting((h) -> h.summary().readingsUsed(),
                    (h) -> h.summary().shortWindow())
                .containsExactly(tuple(60, false), tuple(1, true));
        }

        @ParameterizedTest
        @ValueSource(strings = { "2024-01-01T00:00:20Z", "2024-01-01T01:00:20+01:00", "2024-01-01t00:00:20z",
                "2024-01-01 00:00:20", "2024-01-01T00:00:20", "2024-01-01T00:00:20.000Z",
                "2023-12-31T19:00:20-05:00" })
        void acceptsRfc3339AndTheDataSetsLocalFormAsUtc(String timestamp) {
            List<Map<String, Object>> readings = readings(3);
            readings.get(2).put(FeatureSchema.TIMESTAMP, timestamp);
            HazardRequest request = decode(HistoryFixtures.body(HistoryFixtures.history(A, readings)));
            // The same instant as the 10 s step would give: no gap, in order.
            assertThat(request.histories().get(0).summary().warnings()).isEmpty();
        }

        @Test
        void gapLongerThanOneAndAHalfIntervalsIsAWarning() {
            List<Map<String, Object>> readings = readings(4);
            readings.get(2).put(FeatureSchema.TIMESTAMP, "2024-01-01T00:00:25Z");
            readings.get(3).put(FeatureSchema.TIMESTAMP, "2024-01-01T00:01:05Z");
            HistorySummary summary = decode(HistoryFixtures.body(HistoryFixtures.history(A, readings)))
                .histories().get(0).summary();
            assertThat(summary.warnings()).singleElement().satisfies((gap) -> {
                assertThat(gap.pointer()).isEqualTo("/histories/0/readings/3/Timestamp");
                assertThat(gap.reading()).isEqualTo(3);
                assertThat(gap.gapSeconds()).isEqualTo(40.0);
                assertThat(gap.reason()).contains("about 3 readings are missing");
            });
        }

    }

    @Nested
    class Rejected {

        private void assertError(InvalidRequestException ex, String pointer, Integer history, Integer reading,
                String reasonPart) {
            assertThat(ex.errors()).anySatisfy((error) -> {
                assertThat(error.pointer()).isEqualTo(pointer);
                assertThat(error.history()).isEqualTo(history);
                assertThat(error.reading()).isEqualTo(reading);
                assertThat(error.reason()).contains(reasonPart);
            });
        }

        @Test
        void unsortedAndDuplicateTimestampsNameTheReading() {
            List<Map<String, Object>> readings = readings(5);
            readings.get(2).put(FeatureSchema.TIMESTAMP, readings.get(1).get(FeatureSchema.TIMESTAMP));
            readings.get(4).put(FeatureSchema.TIMESTAMP, "2024-01-01T00:00:00Z");
            InvalidRequestException ex = reject(HistoryFixtures.body(HistoryFixtures.history(A, readings)));
            assertThat(ex.kind()).isEqualTo(Kind.INVALID_READINGS);
            assertThat(ex.errors()).hasSize(2);
            assertError(ex, "/histories/0/readings/2/Timestamp", 0, 2, "duplicates the Timestamp of reading 1");
            assertError(ex, "/histories/0/readings/4/Timestamp", 0, 4, "earlier than reading 3");
        }

        @Test
        void newestReadingMustBeCompleteEveryMissingFieldNamed() {
            List<Map<String, Object>> readings = readings(3);
            readings.get(2).put(FeatureSchema.SOC, null);
            readings.get(2).remove(FeatureSchema.AMBIENT_TEMP);
            InvalidRequestException ex = reject(HistoryFixtures.body(HistoryFixtures.history(A, readings(2)),
                    HistoryFixtures.history("RackA1_Module02", readings)));
            assertThat(ex.errors()).extracting(FieldError::pointer, FieldError::history, FieldError::reading,
                    FieldError::field)
                .containsExactly(tuple("/histories/1/readings/2/Module_SoC_percent", 1, 2, FeatureSchema.SOC),
                        tuple("/histories/1/readings/2/Ambient_Temp_Rack_C", 1, 2, FeatureSchema.AMBIENT_TEMP));
            assertThat(ex.errors().get(0).reason()).contains("newest reading");
        }

        @Test
        void readingOfAnotherModuleIsMixedIds() {
            List<Map<String, Object>> readings = readings(3);
            readings.get(0).put(FeatureSchema.MODULE_ID, A);
            readings.get(1).put(FeatureSchema.MODULE_ID, "RackB1_Module01");
            assertError(reject(HistoryFixtures.body(HistoryFixtures.history(A, readings))),
                    "/histories/0/readings/1/Module_ID", 0, 1, "differs from the history's Module_ID");
        }

        @Test
        void twoHistoriesOfOneModuleAreMixedIds() {
            InvalidRequestException ex = reject(HistoryFixtures.body(HistoryFixtures.history(A, readings(2)),
                    HistoryFixtures.history("RackA1_Module02", readings(2)), HistoryFixtures.history(A, readings(3))));
            assertThat(ex.errors()).singleElement().satisfies((error) -> {
                assertThat(error.pointer()).isEqualTo("/histories/2/Module_ID");
                assertThat(error.reason()).contains("history 0");
            });
        }

        @Test
        void tooLongHistoryAndTooManyHistoriesAre413() {
            InvalidRequestException tooLong = reject(HistoryFixtures.body(HistoryFixtures.history(A, readings(71))));
            assertThat(tooLong.kind()).isEqualTo(Kind.TOO_MANY_READINGS);
            assertError(tooLong, "/histories/0/readings/70", 0, 70, "more than 70 readings in one history");
            InvalidRequestException tooMany = reject(HistoryFixtures.body(HistoryFixtures.history("m1", readings(1)),
                    HistoryFixtures.history("m2", readings(1)), HistoryFixtures.history("m3", readings(1)),
                    HistoryFixtures.history("m4", readings(1))));
            assertThat(tooMany.kind()).isEqualTo(Kind.TOO_MANY_READINGS);
            assertError(tooMany, "/histories/3", 3, null, "more than 3 histories");
        }

        @Test
        void emptyAndMissingPartsAreNamed() {
            assertError(reject("{\"histories\":[]}"), "/histories", null, null, "must not be empty");
            assertError(reject(HistoryFixtures.body(HistoryFixtures.history(A, List.of()))),
                    "/histories/0/readings", 0, null, "at least 1 reading");
            assertError(reject("{\"histories\":[{\"readings\":" + readingsJson(1) + "}]}"),
                    "/histories/0/Module_ID", 0, null, "missing");
            assertError(reject("{\"histories\":[{\"Module_ID\":\"m\"}]}"), "/histories/0/readings", 0, null,
                    "missing");
            assertError(reject("{\"histories\":{}}"), "/histories", null, null, "must be a non-empty array");
        }

        @Test
        void badValuesInOlderReadingsAreNamed() {
            List<Map<String, Object>> readings = readings(3);
            readings.get(0).put(FeatureSchema.SOC, 120.5);
            readings.get(1).put(FeatureSchema.CO, "2.0");
            readings.get(1).put("Rolling_mean_6_Module_Voltage_V", 51.0);
            readings.get(0).remove(FeatureSchema.TIMESTAMP);
            readings.get(2).put(FeatureSchema.TIMESTAMP, "01/01/2024 00:00:20");
            InvalidRequestException ex = reject(HistoryFixtures.body(HistoryFixtures.history(A, readings)));
            assertThat(ex.errors()).hasSize(5);
            assertError(ex, "/histories/0/readings/0/Module_SoC_percent", 0, 0, "between 0 and 100");
            assertError(ex, "/histories/0/readings/1/Sim_OffGas_CO_ppm_proxy", 0, 1, "must be a number, or null");
            assertError(ex, "/histories/0/readings/1/Rolling_mean_6_Module_Voltage_V", 0, 1, "unknown field");
            assertError(ex, "/histories/0/readings/0/Timestamp", 0, 0, "missing");
            assertError(ex, "/histories/0/readings/2/Timestamp", 0, 2, "RFC 3339");
        }

        @Test
        void readingsAndHistoriesTogetherAreRejected() {
            String body = "{\"histories\":[{\"Module_ID\":\"m\",\"readings\":" + readingsJson(1)
                    + "}],\"readings\":[]}";
            assertError(reject(body), "/readings", null, null, "unknown field");
            String reversed = "{\"readings\":[],\"histories\":[]}";
            assertError(reject(reversed), "/histories", null, null, "readings or histories, not both");
        }

        private static String readingsJson(int count) {
            return io.hvs.hazard.testsupport.TestFixtures.toJson(HistoryFixtures.readings(count));
        }

    }

}
