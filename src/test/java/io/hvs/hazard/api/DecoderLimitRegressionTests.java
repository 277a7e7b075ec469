package io.hvs.hazard.api;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Regression: Jackson's read limits (nesting deeper than 1000, a number of more than 1000 digits) are reported as
 * {@code StreamConstraintsException}, which is not a {@code StreamReadException}; the decoder let it escape as an
 * {@code UncheckedIOException}, so the service answered 500. Found by the bad-input matrix; now a 400
 * malformed-json problem with a short pointer and no Jackson class names.
 */
class DecoderLimitRegressionTests {

    private final HazardRequestDecoder decoder = new HazardRequestDecoder(5);

    @Test
    void nestingBeyondJacksonsLimitIsMalformedJson() {
        String body = "{\"readings\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        assertMalformed(body.getBytes(StandardCharsets.UTF_8), "/readings/0");
    }

    @Test
    void aNumberLongerThanJacksonsLimitIsMalformedJson() {
        String body = "{\"Module_SoC_percent\":" + "1".repeat(2_000) + "}";
        assertMalformed(body.getBytes(StandardCharsets.UTF_8), "/Module_SoC_percent");
    }

    @Test
    void theSameLimitsHoldForTextInput() {
        String body = "{\"readings\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> this.decoder.decode(body))
            .satisfies((ex) -> assertThat(ex.kind())
                .isEqualTo(InvalidRequestException.Kind.MALFORMED_JSON));
    }

    private void assertMalformed(byte[] body, String pointer) {
        assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> this.decoder.decode(body))
            .satisfies((ex) -> {
                assertThat(ex.kind())
                    .isEqualTo(InvalidRequestException.Kind.MALFORMED_JSON);
                assertThat(ex.errors().get(0).pointer()).isEqualTo(pointer);
                assertThat(ex.getMessage())
                    .doesNotContain("Constraints", "Exception", "com.fasterxml");
            });
    }

}
