package io.hvs.hazard.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ch.randelshofer.fastdoubleparser.JsonDoubleParser;

/**
 * Decodes the request that clients actually send, {@code {"readings":[...]}} or one bare reading, every reading
 * complete and valid, straight from the UTF-8 bytes. Anything else (an escape or a non-ASCII byte in a string, an
 * unknown, duplicate or missing member, a value out of its range, a syntax error, too many readings, histories)
 * gives {@code null}, and {@link HazardRequestDecoder} reads the body again with Jackson, which names every
 * problem: this class never decides that a request is wrong, so it needs no error reporting of its own.
 * <p>
 * Why: Jackson's tokenizer copies every number into a char buffer before it is parsed, and that was over 40% of the
 * server's CPU for a 100-reading request (async-profiler, issue 7). Here each number is parsed where it lies.
 * {@code ReadingsFastPathTests} and a differential fuzz test hold it to Jackson's answer. Not thread-safe: one
 * instance per body.
 */
final class ReadingsFastPath {

    /** Longest number read here; Jackson gets longer ones (and its limit of 1000 digits). */
    private static final int MAX_NUMBER_LENGTH = 64;

    private static final long ALL_FEATURES = (1L << ReadingFields.FEATURES) - 1;

    private static final byte[] READINGS = ascii(HazardRequestDecoder.READINGS);

    private static final byte[][] NAMES = buildNames();

    private final byte[] body;

    private final int maxReadings;

    private int position;

    private ReadingsFastPath(byte[] body, int maxReadings) {
        this.body = body;
        this.maxReadings = maxReadings;
    }

    /** The request in {@code body}, or {@code null} when only the full decoder may answer it. */
    static HazardRequest decode(byte[] body, int maxReadings) {
        try {
            return new ReadingsFastPath(body, maxReadings).request();
        }
        catch (NotCanonical ex) {
            return null;
        }
    }

    private HazardRequest request() {
        skipWhitespace();
        expect('{');
        skipWhitespace();
        int firstName = this.position;
        expect('"');
        if (!matchName(READINGS)) {
            this.position = firstName;
            ModuleReading reading = reading();
            expectEnd();
            return new HazardRequest(List.of(reading), true);
        }
        skipWhitespace();
        expect(':');
        skipWhitespace();
        expect('[');
        List<ModuleReading> readings = new ArrayList<>();
        do {
            if (readings.size() == this.maxReadings) {
                throw NotCanonical.INSTANCE;
            }
            skipWhitespace();
            expect('{');
            skipWhitespace();
            readings.add(reading());
            skipWhitespace();
        }
        while (next() == ',');
        this.position--;
        expect(']');
        skipWhitespace();
        expect('}');
        expectEnd();
        return new HazardRequest(readings, false);
    }

    /** The members of a reading, from the quote of its first name to its closing brace. */
    private ModuleReading reading() {
        double[] features = new double[ReadingFields.FEATURES];
        long seen = 0;
        String moduleId = null;
        String rackId = null;
        String timestamp = null;
        int expected = ReadingFields.TIMESTAMP_SLOT;
        do {
            skipWhitespace();
            expect('"');
            int slot = name(expected);
            if ((seen & (1L << slot)) != 0) {
                throw NotCanonical.INSTANCE;
            }
            seen |= 1L << slot;
            skipWhitespace();
            expect(':');
            skipWhitespace();
            if (slot < ReadingFields.FEATURES) {
                double value = number();
                if (ReadingFields.check(slot, value) != null) {
                    throw NotCanonical.INSTANCE;
                }
                features[slot] = value;
            }
            else if (slot == ReadingFields.TIMESTAMP_SLOT) {
                timestamp = string();
            }
            else if (slot == ReadingFields.MODULE_ID_SLOT) {
                moduleId = string();
            }
            else {
                rackId = string();
            }
            expected = ReadingFields.expectedAfter(slot);
            skipWhitespace();
        }
        while (next() == ',');
        this.position--;
        expect('}');
        if ((seen & ALL_FEATURES) != ALL_FEATURES) {
            throw NotCanonical.INSTANCE;
        }
        return new ModuleReading((moduleId != null) ? moduleId : ModuleReading.UNKNOWN_MODULE, rackId, timestamp,
                features);
    }

    /** The slot of the member name after its opening quote; the expected name is tried first, in place. */
    private int name(int expected) {
        if (expected >= 0 && matchName(NAMES[expected])) {
            return expected;
        }
        int start = this.position;
        int end = endOfPlainString();
        for (int slot = 0; slot < NAMES.length; slot++) {
            if (Arrays.equals(this.body, start, end, NAMES[slot], 0, NAMES[slot].length)) {
                this.position = end + 1;
                return slot;
            }
        }
        throw NotCanonical.INSTANCE;
    }

    /** Whether {@code name} and its closing quote come next; if so, consumes both. */
    private boolean matchName(byte[] name) {
        int end = this.position + name.length;
        if (end >= this.body.length || this.body[end] != '"'
                || !Arrays.equals(this.body, this.position, end, name, 0, name.length)) {
            return false;
        }
        this.position = end + 1;
        return true;
    }

    /** A string value of printable ASCII without escapes; Jackson decodes any other. */
    private String string() {
        expect('"');
        int start = this.position;
        int end = endOfPlainString();
        this.position = end + 1;
        return new String(this.body, start, end - start, StandardCharsets.ISO_8859_1);
    }

    /** Where the string that starts at the position closes, if it holds only printable ASCII and no escape. */
    private int endOfPlainString() {
        for (int i = this.position; i < this.body.length; i++) {
            byte b = this.body[i];
            if (b == '"') {
                return i;
            }
            // A negative byte is non-ASCII (UTF-8 that Jackson validates), below 0x20 a control character.
            if (b < 0x20 || b == '\\') {
                break;
            }
        }
        throw NotCanonical.INSTANCE;
    }

    /** A JSON number as Jackson reads it: the nearest double, and +0.0 for an integer zero ("-0"). */
    private double number() {
        byte[] bytes = this.body;
        int start = this.position;
        int firstDigit = (start < bytes.length && bytes[start] == '-') ? start + 1 : start;
        int dot = -1;
        boolean integer = true;
        int end = firstDigit;
        for (; end < bytes.length; end++) {
            byte b = bytes[end];
            if (b < '0' || b > '9') {
                if (b != '.' && b != 'e' && b != 'E' && b != '+' && b != '-') {
                    break;
                }
                integer = false;
                dot = (b == '.' && dot < 0) ? end : dot;
            }
        }
        // The parser checks the rest of the grammar, not these three: it reads "01", ".5" and "1.".
        boolean noIntegerDigit = !isDigit(firstDigit, end);
        boolean leadingZero = !noIntegerDigit && bytes[firstDigit] == '0' && isDigit(firstDigit + 1, end);
        boolean noFractionDigit = dot >= 0 && !isDigit(dot + 1, end);
        if (noIntegerDigit || leadingZero || noFractionDigit || end - start > MAX_NUMBER_LENGTH) {
            throw NotCanonical.INSTANCE;
        }
        double value;
        try {
            value = JsonDoubleParser.parseDouble(bytes, start, end - start);
        }
        catch (NumberFormatException ex) {
            throw NotCanonical.INSTANCE;
        }
        this.position = end;
        // Jackson reads an integer as a long and widens it, which has no negative zero.
        return (integer && value == 0) ? 0.0 : value;
    }

    private boolean isDigit(int index, int end) {
        return index < end && this.body[index] >= '0' && this.body[index] <= '9';
    }

    private void skipWhitespace() {
        while (this.position < this.body.length) {
            byte b = this.body[this.position];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return;
            }
            this.position++;
        }
    }

    private int next() {
        if (this.position >= this.body.length) {
            throw NotCanonical.INSTANCE;
        }
        return this.body[this.position++];
    }

    private void expect(char c) {
        if (next() != c) {
            throw NotCanonical.INSTANCE;
        }
    }

    private void expectEnd() {
        skipWhitespace();
        if (this.position != this.body.length) {
            throw NotCanonical.INSTANCE;
        }
    }

    private static byte[][] buildNames() {
        byte[][] names = new byte[ReadingFields.TIMESTAMP_SLOT + 1][];
        for (int slot = 0; slot < names.length; slot++) {
            names[slot] = ascii(ReadingFields.quotedName(slot).getValue());
        }
        return names;
    }

    private static byte[] ascii(String name) {
        return name.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The body is not one the fast path reads. One shared instance without a stack trace: it only unwinds to
     * {@link #decode}, and the fallback must not cost a stack walk.
     */
    private static final class NotCanonical extends RuntimeException {

        private static final long serialVersionUID = 1L;

        static final NotCanonical INSTANCE = new NotCanonical();

        private NotCanonical() {
            super(null, null, false, false);
        }

    }

}
