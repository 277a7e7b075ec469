package io.hvs.hazard.function;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression: an invalid UTF-8 byte inside a plain JSON body was answered 200 with U+FFFD in Module_ID (Spring Cloud
 * Function decodes the body as text with replacement), found by the bad-input matrix ("invalid UTF-8"). The body
 * stream is now checked by {@link Utf8Validator}; it must agree with the JDK's strict decoder on any bytes.
 */
class Utf8ValidatorTests {

    @ParameterizedTest
    @ValueSource(strings = { "C328", "C0AF", "E080AF", "EDA080", "F4908080", "F5", "FF", "80", "E282" })
    void rejectsInvalidOverlongSurrogateAndTruncatedSequences(String hex) {
        assertThat(valid(bytes(hex))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "7B7D", "C3A9", "E282AC", "F09F9880", "EFBFBD", "F48FBFBF" })
    void acceptsWellFormedSequences(String hex) {
        assertThat(valid(bytes(hex))).isTrue();
    }

    @Test
    void agreesWithTheJdksStrictDecoderOnRandomBytes() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            byte[] input = new byte[random.nextInt(8)];
            random.nextBytes(input);
            assertThat(valid(input)).as("%s", java.util.HexFormat.of().formatHex(input)).isEqualTo(jdkValid(input));
        }
    }

    /**
     * The bulk method, as the body stream feeds it: chunks of any size, a sequence split across two of them, a
     * non-ASCII byte anywhere in or after a word of eight.
     */
    @Test
    void agreesWithTheJdksStrictDecoderOnTextFedInChunks() {
        Random random = new Random(7);
        byte[] alphabet = bytes("7B22417A30C3A9E282ACF09F9880EDA080C0AFFFE2");
        for (int i = 0; i < 20_000; i++) {
            byte[] input = new byte[random.nextInt(100)];
            int oneIn = 2 + random.nextInt(20);
            for (int j = 0; j < input.length; j++) {
                input[j] = random.nextInt(oneIn) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) 'a';
            }
            Utf8Validator validator = new Utf8Validator();
            boolean valid = true;
            for (int from = 0; from < input.length && valid;) {
                int to = Math.min(input.length, from + 1 + random.nextInt(random.nextBoolean() ? 8 : 64));
                valid = validator.accept(input, from, to);
                from = to;
            }
            assertThat(valid && validator.complete()).as("%s", java.util.HexFormat.of().formatHex(input))
                .isEqualTo(jdkValid(input));
        }
    }

    private static boolean valid(byte[] input) {
        Utf8Validator validator = new Utf8Validator();
        for (byte b : input) {
            if (!validator.accept(b & 0xFF)) {
                return false;
            }
        }
        return validator.complete();
    }

    private static boolean jdkValid(byte[] input) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(input));
            return true;
        }
        catch (CharacterCodingException ex) {
            return false;
        }
    }

    private static byte[] bytes(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }

}
