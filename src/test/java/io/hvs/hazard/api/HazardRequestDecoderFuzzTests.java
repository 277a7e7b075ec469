package io.hvs.hazard.api;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.hvs.hazard.features.FeatureSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of the request decoder and validator (Jazzer). Properties: any bytes either decode to a
 * request whose every reading has all 30 features finite and within their rules, or are refused with an
 * {@link InvalidRequestException} (400 or 413) that lists where and why without Java internals; nothing else is
 * thrown. In a normal build this runs over the seeds and every committed crash input in
 * {@code HazardRequestDecoderFuzzTestsInputs/} (regression mode); {@code JAZZER_FUZZ=1} fuzzes (README).
 */
class HazardRequestDecoderFuzzTests {

    private static final HazardRequestDecoder DECODER = new HazardRequestDecoder(5, 16);

    private static final Pattern CLASS_NAME = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Z]\\w+|Exception");

    @FuzzTest(maxDuration = "25s")
    void decodesOrRefusesWithAProblem(byte[] body) {
        HazardRequest request;
        try {
            request = DECODER.decode(body);
        }
        catch (InvalidRequestException ex) {
            assertIsAProblem(ex, new String(body, StandardCharsets.UTF_8));
            return;
        }
        assertThat(request.readings().isEmpty()).isNotEqualTo(request.histories().isEmpty());
        assertThat(request.readings().size()).isLessThanOrEqualTo(DECODER.maxReadings());
        for (ModuleReading reading : request.readings()) {
            assertThat(reading.moduleId()).isNotNull();
            assertThat(reading.features()).hasSize(FeatureSchema.FEATURE_COUNT);
            for (int i = 0; i < FeatureSchema.FEATURE_COUNT; i++) {
                double value = reading.features()[i];
                assertThat(Float.isFinite((float) value)).as(FeatureSchema.FEATURE_NAMES.get(i)).isTrue();
                assertThat(ReadingFields.check(i, value)).as(FeatureSchema.FEATURE_NAMES.get(i)).isNull();
            }
        }
    }

    /** A problem: 400 or 413, located, and no class name that the client did not send itself (a field name). */
    static void assertIsAProblem(InvalidRequestException ex, String input) {
        assertThat(ex.kind().status()).isIn(400, 413);
        assertThat(ex.errors()).isNotEmpty();
        assertThat(ex.totalErrors()).isGreaterThanOrEqualTo(ex.errors().size());
        for (FieldError error : ex.errors()) {
            assertThat(error.pointer()).isNotNull();
            assertThat(error.reason()).isNotBlank();
        }
        Matcher internal = CLASS_NAME.matcher(ex.getMessage());
        while (internal.find()) {
            assertThat(input).as(ex.getMessage()).contains(internal.group());
        }
    }

}
