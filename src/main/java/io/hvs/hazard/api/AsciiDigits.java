package io.hvs.hazard.api;

/**
 * Runs of ASCII digits read eight bytes at a time (SWAR: one 64-bit word of {@link Words}, the first byte lowest). Why: a number
 * digit by digit is a chain of dependent multiplications, and that chain was over half of decoding a reading
 * (async-profiler on {@code RequestDecodingBenchmark}, issue 7); a sample's 17 digits take three steps here.
 */
final class AsciiDigits {

    private static final long ZEROS = 0x3030303030303030L;

    private static final long HIGH_NIBBLES = 0xF0F0F0F0F0F0F0F0L;

    private static final long[] POWERS_OF_TEN = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
            100_000_000 };

    private AsciiDigits() {
    }

    /** How many of the word's bytes, from the first, are ASCII digits. */
    static int leadingDigits(long word) {
        // A byte is a digit when its high nibble is 3 and stays 3 after adding 6 (0x30-0x39). A carry out of a
        // byte above 0xF9 only spoils the bytes after it, and that byte is not a digit anyway.
        long notDigits = ((word & HIGH_NIBBLES) ^ ZEROS) | (((word + 0x0606060606060606L) & HIGH_NIBBLES) ^ ZEROS);
        return Long.numberOfTrailingZeros(notDigits) >>> 3;
    }

    /** The value of the word's first {@code count} bytes (1 to 8), which are ASCII digits. */
    static long firstDigits(long word, int count) {
        if (count == Long.BYTES) {
            return eightDigits(word);
        }
        // Shift out the bytes after the digits and pad the front with '0's: eight digits of the same value.
        return eightDigits((word << ((Long.BYTES - count) * 8)) | (ZEROS >>> (count * 8)));
    }

    static long powerOfTen(int exponent) {
        return POWERS_OF_TEN[exponent];
    }

    /** The value of eight ASCII digits, the first in the lowest byte. */
    static long eightDigits(long word) {
        long digits = word - ZEROS;
        // Each even byte now holds a pair of digits (10 × first + second), then the pairs combine into the top half.
        long pairs = digits * 10 + (digits >>> 8);
        long evenPairs = pairs & 0x000000FF000000FFL;
        long oddPairs = (pairs >>> 16) & 0x000000FF000000FFL;
        return (evenPairs * (100 + (1_000_000L << 32)) + oddPairs * (1 + (10_000L << 32))) >>> 32;
    }

}
