package io.hvs.hazard.api;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The word-at-a-time digit reading against byte-by-byte facts: {@code Character} and {@code Long.parseLong}. */
class AsciiDigitsTests {

    @Test
    void findsTheFirstByteThatIsNotADigitWhateverItIs() {
        Random random = new Random(3);
        for (int position = 0; position < Long.BYTES; position++) {
            for (int value = 0; value < 256; value++) {
                byte[] bytes = new byte[Long.BYTES];
                for (int i = 0; i < bytes.length; i++) {
                    // Digits before the byte under test; anything after it.
                    bytes[i] = (byte) ((i < position) ? '0' + random.nextInt(10) : random.nextInt(256));
                }
                bytes[position] = (byte) value;
                int expected = position;
                while (expected < bytes.length && bytes[expected] >= '0' && bytes[expected] <= '9') {
                    expected++;
                }
                assertThat(AsciiDigits.leadingDigits(Words.at(bytes, 0))).as("byte %d at %d", value, position)
                    .isEqualTo(expected);
            }
        }
    }

    @Test
    void readsTheValueOfOneToEightDigits() {
        Random random = new Random(5);
        for (int i = 0; i < 100_000; i++) {
            int count = 1 + random.nextInt(Long.BYTES);
            StringBuilder text = new StringBuilder();
            for (int d = 0; d < count; d++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
            // What follows the digits must not count.
            while (text.length() < Long.BYTES) {
                text.append(",}]e.-\" ".charAt(random.nextInt(8)));
            }
            long word = Words.at(text.toString().getBytes(StandardCharsets.US_ASCII), 0);
            assertThat(AsciiDigits.firstDigits(word, count)).as(text.toString())
                .isEqualTo(Long.parseLong(text.substring(0, count)));
        }
        long allNines = Words.at("99999999".getBytes(StandardCharsets.US_ASCII), 0);
        assertThat(AsciiDigits.eightDigits(allNines)).isEqualTo(99_999_999L);
    }

    @Test
    void readsAWordAnywhereInTheArrayFirstByteFirst() {
        byte[] bytes = "x12345678y".getBytes(StandardCharsets.US_ASCII);
        assertThat(AsciiDigits.eightDigits(Words.at(bytes, 1))).isEqualTo(12_345_678L);
        assertThat(AsciiDigits.leadingDigits(Words.at(bytes, 2))).isEqualTo(7);
        assertThat(AsciiDigits.powerOfTen(8)).isEqualTo(100_000_000L);
    }

}
