package io.hvs.hazard.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer of {@link DecimalToDouble} is checked against exact arithmetic: the decimal must lie within half an
 * ulp of it, on the even side of a tie. No parser is the oracle, so a shared rounding bug cannot hide.
 */
class DecimalToDoubleTests {

    private static final BigInteger UNSIGNED_LONG = BigInteger.ONE.shiftLeft(64);

    private static final long TEN_TO_THE_19 = Long.parseUnsignedLong("10000000000000000000");

    /** Whether {@code answer} is the double nearest to significand × 10^exponent, ties to even. */
    private static void assertNearest(long significand, int exponent, double answer) {
        BigDecimal exact = new BigDecimal(unsigned(significand)).scaleByPowerOfTen(exponent);
        BigDecimal value = new BigDecimal(answer);
        BigDecimal below = value.add(new BigDecimal(Math.nextDown(answer))).divide(BigDecimal.valueOf(2));
        BigDecimal above = value.add(new BigDecimal(Math.nextUp(answer))).divide(BigDecimal.valueOf(2));
        String what = unsigned(significand) + "e" + exponent + " -> " + answer;
        assertThat(exact).as(what).isBetween(below, above);
        if (exact.compareTo(below) == 0 || exact.compareTo(above) == 0) {
            assertThat(Double.doubleToRawLongBits(answer) & 1).as("a tie rounds to even: " + what).isZero();
        }
    }

    private static BigInteger unsigned(long significand) {
        BigInteger value = BigInteger.valueOf(significand);
        return (significand < 0) ? value.add(UNSIGNED_LONG) : value;
    }

    /**
     * Checks the answer; returns whether there was one. Declining is allowed only where this method cannot be sure:
     * an exact double or a tie (the bits below the round bit all zero), or a product too close to call (~2^-70).
     */
    private static boolean checked(long significand, int exponent) {
        double answer = DecimalToDouble.nearest(significand, exponent);
        if (Double.isNaN(answer)) {
            BigDecimal exact = new BigDecimal(unsigned(significand)).scaleByPowerOfTen(exponent);
            assertThat(isExactOrTie(exact)).as("declined %se%d", unsigned(significand), exponent).isTrue();
            return false;
        }
        assertNearest(significand, exponent, answer);
        return true;
    }

    private static boolean isExactOrTie(BigDecimal number) {
        double near = number.doubleValue();
        BigDecimal value = new BigDecimal(near);
        BigDecimal distance = number.subtract(value).abs();
        BigDecimal halfGapAbove = new BigDecimal(Math.nextUp(near)).subtract(value).divide(BigDecimal.valueOf(2));
        BigDecimal halfGapBelow = value.subtract(new BigDecimal(Math.nextDown(near))).divide(BigDecimal.valueOf(2));
        return distance.signum() == 0 || distance.compareTo(halfGapAbove) == 0 || distance.compareTo(halfGapBelow) == 0;
    }

    @Test
    void roundsRandomSignificandsOfEveryLengthCorrectly() {
        Random random = new Random(42);
        int answered = 0;
        int cases = 300_000;
        for (int i = 0; i < cases; i++) {
            int digits = 1 + random.nextInt(19);
            long significand = (long) (random.nextDouble() * Math.pow(10, digits));
            if (digits == 19) {
                // Up to 10^19, beyond Long.MAX_VALUE: the significand is unsigned.
                significand = Long.remainderUnsigned(random.nextLong(), TEN_TO_THE_19) | 1;
            }
            int exponent = DecimalToDouble.MIN_EXPONENT
                    + random.nextInt(DecimalToDouble.MAX_EXPONENT - DecimalToDouble.MIN_EXPONENT + 1);
            answered += checked(significand, exponent) ? 1 : 0;
        }
        // Exact doubles beyond Clinger's range are declined (the parser reads them); they are a small share.
        assertThat(answered).isGreaterThan(cases * 99 / 100);
    }

    @Test
    void roundsTheShortestFormOfRandomDoublesBackToThemselves() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double value = Math.scalb(1 + random.nextDouble(), random.nextInt(200) - 120);
            BigDecimal decimal = new BigDecimal(Double.toString(value));
            long significand = decimal.unscaledValue().longValueExact();
            int exponent = -decimal.scale();
            if (checked(significand, exponent)) {
                assertThat(DecimalToDouble.nearest(significand, exponent)).as("%s", decimal).isEqualTo(value);
            }
        }
    }

    @Test
    void roundsDecimalsNearTiesCorrectly() {
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            // The midpoint between two neighbouring doubles, cut to 17-19 digits: just below, at or just above it.
            double value = Math.scalb(1 + random.nextDouble(), random.nextInt(150) - 80);
            BigDecimal midpoint = new BigDecimal(value).add(new BigDecimal(Math.nextUp(value)))
                .divide(BigDecimal.valueOf(2));
            BigDecimal near = midpoint.round(new MathContext(17 + random.nextInt(3)));
            BigInteger unscaled = near.unscaledValue();
            if (unscaled.bitLength() > 64 || -near.scale() < DecimalToDouble.MIN_EXPONENT) {
                continue;
            }
            checked(unscaled.longValue(), -near.scale());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "9007199254740993", "9007199254740992", "9007199254740991", "9007199254740995",
            "18014398509481985", "1e22", "1e23", "9999999999999999999", "18446744073709551615", "1e-64",
            "17976931348623157e-30", "2.2250738585072014E-30", "4.9E-63", "3.4028234663852886E38",
            "0.30000000000000004", "1844674407370955161.5e-5" })
    void roundsHardCasesCorrectly(String decimal) {
        BigDecimal number = new BigDecimal(decimal);
        checked(number.unscaledValue().longValue(), -number.scale());
    }

    @Test
    void readsZeroAndDeclinesExponentsOutsideItsTable() {
        assertThat(DecimalToDouble.nearest(0, 5)).isEqualTo(0.0);
        assertThat(DecimalToDouble.nearest(0, -500)).isEqualTo(0.0);
        assertThat(DecimalToDouble.nearest(1, DecimalToDouble.MAX_EXPONENT + 1)).isNaN();
        assertThat(DecimalToDouble.nearest(123456789012345678L, DecimalToDouble.MIN_EXPONENT - 1)).isNaN();
        assertThat(DecimalToDouble.nearest(1, DecimalToDouble.MAX_EXPONENT)).isEqualTo(1e38);
    }

    /** The numbers clients send, as the samples write them (16 and 17 digits), take the fast path. */
    @Test
    void answersEveryNumberOfTheSamplePayloads() throws IOException {
        Matcher numbers = Pattern.compile("-?(\\d+)\\.(\\d+)")
            .matcher(Files.readString(Path.of("events", "test_payload.json")));
        int count = 0;
        while (numbers.find()) {
            long significand = Long.parseLong(numbers.group(1) + numbers.group(2));
            int exponent = -numbers.group(2).length();
            assertThat(checked(significand, exponent)).as(numbers.group()).isTrue();
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(ReadingFields.FEATURES);
    }

}
