package io.hvs.hazard.api;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.hvs.hazard.api.InvalidRequestException.Kind;
import io.hvs.hazard.features.FeatureSchema;
import io.hvs.hazard.testsupport.TestFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class HazardRequestDecoderTests {

    private static final String SOC = FeatureSchema.SOC;

    private final HazardRequestDecoder decoder = new HazardRequestDecoder(3);

    private static Map<String, Object> reading(String moduleId) {
        return TestFixtures.readingJson(moduleId, TestFixtures.normalReading());
    }

    private static String wrap(Object... readings) {
        return TestFixtures.toJson(Map.of("readings", List.of(readings)));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> reading = new LinkedHashMap<>(reading("RackA1_Module01"));
        reading.put(field, value);
        return reading;
    }

    private InvalidRequestException reject(String body) {
        return catchThrowableOfType(InvalidRequestException.class,
                () -> this.decoder.decode(body.getBytes(StandardCharsets.UTF_8)));
    }

    private void assertSingleError(String body, Kind kind, String pointer, Integer reading, String field,
            String reasonPart) {
        InvalidRequestException ex = reject(body);
        assertThat(ex).as("rejected").isNotNull();
        assertThat(ex.kind()).isEqualTo(kind);
        assertThat(ex.errors()).singleElement().satisfies((Consumer<FieldError>) (error) -> {
            assertThat(error.pointer()).isEqualTo(pointer);
            assertThat(error.reading()).isEqualTo(reading);
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.reason()).contains(reasonPart);
        });
    }

    /**
     * The decoder matches the member it expects next (the data set's order) byte for byte and looks any other
     * name up: every order, whitespace, and a member out of place decode the same, and a repeat of the member just
     * read is still a duplicate.
     */
    @Nested
    class MemberOrder {

        private static final Map<String, Double> HAZARDOUS = TestFixtures.hazardousReading();

        private static Map<String, Object> inDataSetOrder() {
            Map<String, Object> reading = new LinkedHashMap<>();
            reading.put(FeatureSchema.TIMESTAMP, "2024-03-01T10:00:00Z");
            reading.put(FeatureSchema.MODULE_ID, "RackB2_Module05");
            reading.put("Rack_ID", "RackB2");
            for (String feature : FeatureSchema.FEATURE_NAMES) {
                reading.put(feature, HAZARDOUS.get(feature));
            }
            return reading;
        }

        private static ModuleReading decodeOne(String body) {
            return new HazardRequestDecoder(3).decode(body).readings().get(0);
        }

        private static void assertDecodedAsTheHazardousReading(ModuleReading decoded) {
            assertThat(decoded.features()).containsExactly(TestFixtures.inSchemaOrder(HAZARDOUS));
            assertThat(decoded.moduleId()).isEqualTo("RackB2_Module05");
            assertThat(decoded.rackId()).isEqualTo("RackB2");
            assertThat(decoded.timestamp()).isEqualTo("2024-03-01T10:00:00Z");
        }

        @Test
        void dataSetOrderReversedShuffledAndPrettyPrintedDecodeAlike() throws Exception {
            List<Map.Entry<String, Object>> members = new java.util.ArrayList<>(inDataSetOrder().entrySet());
            assertDecodedAsTheHazardousReading(decodeOne(wrap(inDataSetOrder())));
            java.util.Collections.reverse(members);
            assertDecodedAsTheHazardousReading(decodeOne(wrap(asObject(members))));
            for (long seed = 1; seed <= 5; seed++) {
                java.util.Collections.shuffle(members, new java.util.Random(seed));
                assertDecodedAsTheHazardousReading(decodeOne(wrap(asObject(members))));
            }
            String pretty = new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(Map.of("readings", List.of(inDataSetOrder())));
            assertThat(pretty).contains("\n    \"" + FeatureSchema.MODULE_ID + "\" : ");
            assertDecodedAsTheHazardousReading(decodeOne(pretty));
        }

        @Test
        void aMemberRepeatedRightAfterItselfIsADuplicate() {
            String firstFeature = FeatureSchema.FEATURE_NAMES.get(0);
            String body = wrap(inDataSetOrder()).replace("\"" + firstFeature + "\":",
                    "\"" + firstFeature + "\":1.0,\"" + firstFeature + "\":");
            assertSingleError(body, Kind.INVALID_READINGS, "/readings/0/" + firstFeature, 0, firstFeature,
                    "duplicate");
        }

        @Test
        void anUnknownMemberWhereAFeatureWasExpectedIsNamedAndTheRestStillRead() {
            String secondFeature = FeatureSchema.FEATURE_NAMES.get(1);
            String body = wrap(inDataSetOrder()).replace("\"" + secondFeature + "\":",
                    "\"Cell_Count\":16,\"" + secondFeature + "\":");
            assertSingleError(body, Kind.INVALID_READINGS, "/readings/0/Cell_Count", 0, "Cell_Count", "unknown");
        }

        @Test
        void aNameThatOnlyStartsLikeTheExpectedOneIsNotTakenForIt() {
            String firstFeature = FeatureSchema.FEATURE_NAMES.get(0);
            String body = wrap(inDataSetOrder()).replace("\"" + firstFeature + "\":",
                    "\"" + firstFeature + "X\":1.0,\"" + firstFeature + "\":");
            assertSingleError(body, Kind.INVALID_READINGS, "/readings/0/" + firstFeature + "X", 0,
                    firstFeature + "X", "unknown");
        }

        private static Map<String, Object> asObject(List<Map.Entry<String, Object>> members) {
            Map<String, Object> reading = new LinkedHashMap<>();
            members.forEach((member) -> reading.put(member.getKey(), member.getValue()));
            return reading;
        }

    }

    @Nested
    class Accepts {

        @Test
        void wrappedReadingsInRequestOrderWithFeaturesInSchemaOrder() {
            Map<String, Double> hazardous = TestFixtures.hazardousReading();
            HazardRequest request = HazardRequestDecoderTests.this.decoder
                .decode(wrap(reading("RackA1_Module01"), TestFixtures.readingJson("RackA2_Module01", hazardous)));
            assertThat(request.singleReading()).isFalse();
            assertThat(request.readings()).extracting(ModuleReading::moduleId)
                .containsExactly("RackA1_Module01", "RackA2_Module01");
            assertThat(request.readings().get(1).features()).containsExactly(TestFixtures.inSchemaOrder(hazardous));
            assertThat(request.pointer(1, SOC)).isEqualTo("/readings/1/" + SOC);
        }

        @Test
        void oneBareReadingWithoutModuleIdAsUnknown() {
            HazardRequest request = HazardRequestDecoderTests.this.decoder
                .decode(TestFixtures.toJson(TestFixtures.normalReading()));
            assertThat(request.singleReading()).isTrue();
            assertThat(request.readings()).singleElement()
                .satisfies((r) -> assertThat(r.moduleId()).isEqualTo(ModuleReading.UNKNOWN_MODULE));
            assertThat(request.pointer(0, SOC)).isEqualTo("/" + SOC);
        }

        @Test
        void rackIdAndTimestampAsTextOrNumber() {
            Map<String, Object> reading = with("Rack_ID", "RackA1");
            reading.put("Timestamp", 1700000000);
            ModuleReading decoded = HazardRequestDecoderTests.this.decoder.decode(wrap(reading)).readings().get(0);
            assertThat(decoded.rackId()).isEqualTo("RackA1");
            assertThat(decoded.timestamp()).isEqualTo("1700000000");
        }

        @Test
        void integersAndSocBounds() {
            HazardRequest request = HazardRequestDecoderTests.this.decoder
                .decode(wrap(with(SOC, 0), with(SOC, 100)));
            int soc = FeatureSchema.FEATURE_NAMES.indexOf(SOC);
            assertThat(request.readings()).extracting((r) -> r.features()[soc]).containsExactly(0.0, 100.0);
        }

    }

    @Nested
    class RejectsTheBody {

        @ParameterizedTest
        @ValueSource(strings = { "{\"readings\": [", "not json", "{\"readings\": [{\"a\": 1,}]}", "{'readings': []}",
                "{\"readings\":[{\"Module_SoC_percent\": NaN}]}" })
        void thatIsNotJson(String body) {
            InvalidRequestException ex = reject(body);
            assertThat(ex.kind()).isEqualTo(Kind.MALFORMED_JSON);
            assertThat(ex.errors()).singleElement()
                .satisfies((e) -> assertThat(e.reason()).startsWith("is not valid JSON").contains("line 1, column"));
        }

        @Test
        void malformedJsonNamesWhereItBroke() {
            InvalidRequestException ex = reject("{\"readings\": [{\"Module_ID\": \"x\", \"" + SOC + "\": 1.2.3}]}");
            assertThat(ex.errors().get(0).pointer()).isEqualTo("/readings/0/" + SOC);
        }

        @Test
        void thatIsEmpty() {
            assertSingleError("", Kind.MALFORMED_JSON, "", null, null, "is empty");
        }

        @Test
        void withTrailingContent() {
            assertSingleError(wrap(reading("a")) + " {}", Kind.MALFORMED_JSON, "", null, null, "content after");
        }

        @ParameterizedTest
        @ValueSource(strings = { "[]", "42", "\"readings\"", "null" })
        void thatIsNotAnObject(String body) {
            assertSingleError(body, Kind.INVALID_READINGS, "", null, null, "must be an object");
        }

        @ParameterizedTest
        @ValueSource(strings = { "{\"readings\": null}", "{\"readings\": {}}", "{\"readings\": \"x\"}" })
        void whoseReadingsAreNotAnArray(String body) {
            assertSingleError(body, Kind.INVALID_READINGS, "/readings", null, "readings", "must be a non-empty array");
        }

        @Test
        void withEmptyReadings() {
            assertSingleError("{\"readings\": []}", Kind.INVALID_READINGS, "/readings", null, "readings",
                    "must not be empty");
        }

        @Test
        void withAReadingThatIsNotAnObject() {
            assertSingleError(wrap(reading("a"), 7), Kind.INVALID_READINGS, "/readings/1", 1, null,
                    "must be a reading object, not a number");
        }

        @Test
        void withMembersBesideReadings() {
            String body = "{\"readings\": [" + TestFixtures.toJson(reading("a")) + "], \"debug\": true}";
            assertSingleError(body, Kind.INVALID_READINGS, "/debug", null, "debug", "unknown field");
        }

        @Test
        void withReadingsTwice() {
            String body = "{\"readings\": [" + TestFixtures.toJson(reading("a")) + "], \"readings\": []}";
            assertSingleError(body, Kind.INVALID_READINGS, "/readings", null, "readings", "duplicate field");
        }

        @Test
        void withMoreReadingsThanTheLimit() {
            assertSingleError(wrap(reading("a"), reading("b"), reading("c"), reading("d"), reading("e")),
                    Kind.TOO_MANY_READINGS, "/readings/3", 3, "readings", "more than 3 readings");
        }

    }

    @Test
    void rejectsANonPositiveLimit() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new HazardRequestDecoder(0));
    }

}
