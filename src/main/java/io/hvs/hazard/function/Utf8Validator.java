package io.hvs.hazard.function;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks a byte stream for well-formed UTF-8 (RFC 3629, the Unicode standard's table 3-7: no overlong forms, no
 * surrogates, nothing above U+10FFFF), one byte at a time, so a body can be checked while it streams. Spring Cloud
 * Function decodes the body as text with replacement characters, so without this an invalid byte inside a
 * Module_ID would come back as U+FFFD in a 200 answer. Not thread-safe: one per stream.
 */
final class Utf8Validator {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    /** The high bit of every byte of a word: none is set in eight ASCII bytes. */
    private static final long HIGH_BITS = 0x8080808080808080L;

    private int pending;

    private int lower = 0x80;

    private int upper = 0xBF;

    /** Feeds one byte (0..255); returns false when the input is not UTF-8 from here on. */
    boolean accept(int b) {
        if (this.pending == 0) {
            if (b < 0x80) {
                return true;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                this.pending = 1;
            }
            else if (b >= 0xE0 && b <= 0xEF) {
                this.pending = 2;
                this.lower = (b == 0xE0) ? 0xA0 : 0x80;
                this.upper = (b == 0xED) ? 0x9F : 0xBF;
            }
            else if (b >= 0xF0 && b <= 0xF4) {
                this.pending = 3;
                this.lower = (b == 0xF0) ? 0x90 : 0x80;
                this.upper = (b == 0xF4) ? 0x8F : 0xBF;
            }
            else {
                return false;
            }
            return true;
        }
        if (b < this.lower || b > this.upper) {
            return false;
        }
        this.lower = 0x80;
        this.upper = 0xBF;
        this.pending--;
        return true;
    }

    /** Feeds {@code bytes[from..to)}; returns false when the input is not UTF-8 from here on. */
    boolean accept(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            if (this.pending == 0) {
                // Runs of ASCII, nearly all of a JSON body, need no state, and are checked eight bytes at a time: the
                // per-byte path was 3.7% of the server's CPU samples at 100 readings per request, a byte-by-byte
                // scan of the runs still 6.9% (async-profiler, issue 7).
                while (i + Long.BYTES <= to && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                    i += Long.BYTES;
                }
                while (i < to && bytes[i] >= 0) {
                    i++;
                }
                if (i == to) {
                    return true;
                }
            }
            if (!accept(bytes[i] & 0xFF)) {
                return false;
            }
            i++;
        }
        return true;
    }

    /** Whether the input so far ends on a character boundary. */
    boolean complete() {
        return this.pending == 0;
    }

}
