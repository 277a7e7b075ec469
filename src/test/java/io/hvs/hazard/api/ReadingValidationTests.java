package io.hvs.hazard.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The decoder's per-reading validation: every bad value named by its pointer, and all of them collected.
 */
class ReadingValidationTests {

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

    @Nested
    class RejectsAReading {

        @Test
        void withAMissingFeature() {
            Map<String, Object> reading = reading("a");
            reading.remove(FeatureSchema.VOLTAGE);
            assertSingleError(wrap(reading("ok"), reading), Kind.INVALID_READINGS,
                    "/readings/1/" + FeatureSchema.VOLTAGE, 1, FeatureSchema.VOLTAGE, "missing");
        }

        @Test
        void withANumberAsString() {
            assertSingleError(wrap(with(SOC, "80.5")), Kind.INVALID_READINGS, "/readings/0/" + SOC, 0, SOC,
                    "must be a number, not a string");
        }

        @ParameterizedTest
        @ValueSource(strings = { "null", "true", "[1]", "{\"v\": 1}" })
        void withAFeatureThatIsNotANumber(String json) {
            String body = wrap(reading("a")).replaceFirst("\"" + SOC + "\":[^,}]+", "\"" + SOC + "\":" + json);
            assertSingleError(body, Kind.INVALID_READINGS, "/readings/0/" + SOC, 0, SOC, "must be a number, not");
        }

        @ParameterizedTest
        @ValueSource(strings = { "1e400", "-1e400", "1e39" })
        void withANonFiniteFeature(String json) {
            String feature = FeatureSchema.CURRENT;
            String body = wrap(reading("a")).replaceFirst("\"" + feature + "\":[^,}]+", "\"" + feature + "\":" + json);
            assertSingleError(body, Kind.INVALID_READINGS, "/readings/0/" + feature, 0, feature, "finite");
        }

        @ParameterizedTest
        @ValueSource(doubles = { -0.01, 100.01, 250 })
        void withSocOutsideItsRange(double soc) {
            assertSingleError(wrap(with(SOC, soc)), Kind.INVALID_READINGS, "/readings/0/" + SOC, 0, SOC,
                    "must be between 0 and 100");
        }

        @ParameterizedTest
        @ValueSource(strings = { FeatureSchema.CO, FeatureSchema.H2, FeatureSchema.VOC })
        void withNegativeGas(String gas) {
            assertSingleError(wrap(with(gas, -0.5)), Kind.INVALID_READINGS, "/readings/0/" + gas, 0, gas,
                    "must not be negative");
        }

        @Test
        void withNegativeRollingStd() {
            String std = FeatureSchema.rollingStdName(30, FeatureSchema.VOLTAGE);
            assertSingleError(wrap(with(std, -1e-9)), Kind.INVALID_READINGS, "/readings/0/" + std, 0, std,
                    "must not be negative");
        }

        @Test
        void withAModuleIdThatIsNotAString() {
            assertSingleError(wrap(with("Module_ID", 12)), Kind.INVALID_READINGS, "/readings/0/Module_ID", 0,
                    "Module_ID", "must be a string");
        }

        @Test
        void withAnUnknownFieldEscapedInThePointer() {
            assertSingleError(wrap(with("temp/C~max", 1)), Kind.INVALID_READINGS, "/readings/0/temp~1C~0max", 0,
                    "temp/C~max", "unknown field");
        }

        @Test
        void withAHugeUnknownFieldNameCutInTheAnswer() {
            String name = "x".repeat(40_000);
            String shown = "x".repeat(64) + "...(40000 chars)";
            assertSingleError(wrap(with(name, 1)), Kind.INVALID_READINGS, "/readings/0/" + shown, 0, shown,
                    "unknown field");
        }

        @Test
        void withADuplicateFeature() {
            String json = TestFixtures.toJson(reading("a"));
            String body = "{\"readings\":[" + json.substring(0, json.length() - 1) + ",\"" + SOC + "\": 50}]}";
            assertSingleError(body, Kind.INVALID_READINGS, "/readings/0/" + SOC, 0, SOC, "duplicate field");
        }

        @Test
        void bareWithAPointerFromTheRoot() {
            Map<String, Object> bare = with(SOC, 101);
            assertSingleError(TestFixtures.toJson(bare), Kind.INVALID_READINGS, "/" + SOC, 0, SOC, "between 0 and 100");
        }

    }

    @Nested
    class CollectsErrors {

        @Test
        void acrossReadingsInBodyOrder() {
            InvalidRequestException ex = reject(wrap(with(SOC, -5), reading("fine"), with(FeatureSchema.CO, -1)));
            assertThat(ex.errors()).extracting(FieldError::pointer)
                .containsExactly("/readings/0/" + SOC, "/readings/2/" + FeatureSchema.CO);
            assertThat(ex.totalErrors()).isEqualTo(2);
            assertThat(ex.getMessage()).startsWith("2 problems in the request");
        }

        @Test
        void cappedButCounted() {
            List<Object> empties = new ArrayList<>(List.of(Map.of(), Map.of()));
            InvalidRequestException ex = reject(TestFixtures.toJson(Map.of("readings", empties)));
            assertThat(ex.totalErrors()).isEqualTo(2 * FeatureSchema.FEATURE_COUNT);
            assertThat(ex.errors()).hasSize(HazardRequestDecoder.MAX_ERRORS);
            assertThat(ex.getMessage()).contains("the first 50 are listed");
        }

    }

}
