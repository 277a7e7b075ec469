package io.hvs.hazard.api;

import java.math.BigInteger;

/**
 * The double nearest to {@code significand × 10^exponent} (the significand unsigned), from a few multiplications:
 * Clinger's fast path when both factors are exact doubles, else the Eisel-Lemire method with a 128-bit power of
 * five. It answers {@code NaN} whenever that is not enough to be sure of the rounding (exact ties and exact doubles
 * beyond Clinger's range, and about 2^-70 of other inputs) or the exponent is outside its table; the caller then
 * parses the digits with FastDoubleParser.
 * <p>
 * Why: {@link ReadingsFastPath} reads the digits once for the grammar and gets significand and exponent with them;
 * handing the bytes to a parser read them a second time, and that was 16% of the server's CPU at 100 readings
 * (async-profiler, issue 7).
 */
final class DecimalToDouble {

    /**
     * The table's range: every value in float32's range (all a feature may be, see {@link ReadingFields}) written
     * with up to 19 significant digits.
     */
    static final int MIN_EXPONENT = -64;

    static final int MAX_EXPONENT = 38;

    /** 10^0 to 10^22: the powers of ten that are exact doubles (5^22 < 2^53). */
    private static final double[] EXACT_POWERS_OF_TEN = exactPowersOfTen();

    private static final int POWERS = MAX_EXPONENT - MIN_EXPONENT + 1;

    /** 5^q × 2^-t rounded down, in [2^127, 2^128): its high and low 64 bits, and t, for q from MIN_EXPONENT. */
    private static final long[] FIVE_HIGH = new long[POWERS];

    private static final long[] FIVE_LOW = new long[POWERS];

    private static final int[] FIVE_SCALE = new int[POWERS];

    static {
        for (int q = MIN_EXPONENT; q <= MAX_EXPONENT; q++) {
            BigInteger power = BigInteger.valueOf(5).pow(Math.abs(q));
            BigInteger scaled;
            int scale;
            if (q >= 0) {
                scale = power.bitLength() - 128;
                scaled = (scale >= 0) ? power.shiftRight(scale) : power.shiftLeft(-scale);
            }
            else {
                // 2^s / 5^-q, with s such that the quotient has 128 bits.
                int shift = 127 + power.bitLength();
                scaled = BigInteger.ONE.shiftLeft(shift).divide(power);
                scale = -shift;
            }
            int index = q - MIN_EXPONENT;
            FIVE_HIGH[index] = scaled.shiftRight(64).longValue();
            FIVE_LOW[index] = scaled.longValue();
            FIVE_SCALE[index] = scale;
        }
    }

    private DecimalToDouble() {
    }

    static double nearest(long significand, int exponent) {
        if (significand == 0) {
            return 0.0;
        }
        if (exponent < MIN_EXPONENT || exponent > MAX_EXPONENT) {
            return Double.NaN;
        }
        // Both operands exact: one IEEE operation rounds correctly.
        if (significand > 0 && significand <= (1L << 53) && exponent >= -22 && exponent <= 22) {
            double exact = significand;
            return (exponent >= 0) ? exact * EXACT_POWERS_OF_TEN[exponent]
                    : exact / EXACT_POWERS_OF_TEN[-exponent];
        }
        return eiselLemire(significand, exponent);
    }

    private static double eiselLemire(long significand, int exponent) {
        int index = exponent - MIN_EXPONENT;
        int leadingZeros = Long.numberOfLeadingZeros(significand);
        long normalized = significand << leadingZeros;
        // The top 128 bits of the 192-bit product of the normalized significand and the 128-bit power.
        long high = unsignedMultiplyHigh(normalized, FIVE_HIGH[index]);
        long low = normalized * FIVE_HIGH[index];
        long sum = low + unsignedMultiplyHigh(normalized, FIVE_LOW[index]);
        if (Long.compareUnsigned(sum, low) < 0) {
            high++;
        }
        low = sum;
        // The power was rounded down and so was the product: the exact value is the computed one plus [0, 2)
        // units of `low`. Unsure when that could carry into the round bit, or when the exact tail could be zero
        // (a tie, which rounds to even).
        int shift = 9 + (int) (high >>> 63);
        long tailMask = (1L << shift) - 1;
        long tail = high & tailMask;
        if ((tail == 0 && Long.compareUnsigned(low, 1) <= 0)
                || (tail == tailMask && Long.compareUnsigned(low, -2L) >= 0)) {
            return Double.NaN;
        }
        // 53 bits and the round bit below them; not a tie, so a set round bit rounds up.
        long withRoundBit = high >>> shift;
        long mantissa = (withRoundBit >>> 1) + (withRoundBit & 1);
        int binaryExponent = shift + 1 + 128 + FIVE_SCALE[index] + exponent - leadingZeros;
        if (mantissa == (1L << 53)) {
            mantissa >>>= 1;
            binaryExponent++;
        }
        int biased = binaryExponent + 52 + 1023;
        if (biased < 1 || biased > 2046) {
            // Subnormal or infinite: rare enough to leave to the parser.
            return Double.NaN;
        }
        return Double.longBitsToDouble(((long) biased << 52) | (mantissa & ((1L << 52) - 1)));
    }

    /** {@code Math.unsignedMultiplyHigh}, which arrived in Java 18. */
    private static long unsignedMultiplyHigh(long x, long y) {
        return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
    }

    private static double[] exactPowersOfTen() {
        double[] powers = new double[23];
        powers[0] = 1;
        for (int i = 1; i < powers.length; i++) {
            powers[i] = powers[i - 1] * 10;
        }
        return powers;
    }

}
