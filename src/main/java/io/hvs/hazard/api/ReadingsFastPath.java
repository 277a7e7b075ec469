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

    /** The digits of the number being read, as {@link #digits} appends them. */
    private long significand;

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
        if (end >= this.body.length || this.body[end] != '"' || !holdsAt(this.position, name)) {
            return false;
        }
        this.position = end + 1;
        return true;
    }

    /**
     * Whether the body holds {@code name} from {@code start} on (it fits), compared a word at a time, the last word
     * overlapping: {@code Arrays.equals}' intrinsic stub costs more than the comparing for names this short
     * (vectorizedMismatch was 5.6% of decoding).
     */
    private boolean holdsAt(int start, byte[] name) {
        int length = name.length;
        if (length < Long.BYTES) {
            return Arrays.equals(this.body, start, start + length, name, 0, length);
        }
        for (int i = 0; i < length - Long.BYTES; i += Long.BYTES) {
            if (Words.at(this.body, start + i) != Words.at(name, i)) {
                return false;
            }
        }
        return Words.at(this.body, start + length - Long.BYTES) == Words.at(name, length - Long.BYTES);
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

    /**
     * A JSON number as Jackson reads it: the nearest double, and +0.0 for an integer zero ("-0"). The digits are
     * read once, eight at a time, for the grammar and into a significand and an exponent together.
     */
    private double number() {
        byte[] bytes = this.body;
        int start = this.position;
        boolean negative = start < bytes.length && bytes[start] == '-';
        int firstDigit = negative ? start + 1 : start;
        this.significand = 0;
        int integerEnd = digits(firstDigit);
        // JSON has no "01", ".5" or "1.", which FastDoubleParser would read.
        if (integerEnd == firstDigit || (bytes[firstDigit] == '0' && integerEnd - firstDigit > 1)) {
            throw NotCanonical.INSTANCE;
        }
        int end = integerEnd;
        int fractionDigits = 0;
        if (end < bytes.length && bytes[end] == '.') {
            int fractionEnd = digits(end + 1);
            fractionDigits = fractionEnd - end - 1;
            if (fractionDigits == 0) {
                throw NotCanonical.INSTANCE;
            }
            end = fractionEnd;
        }
        int mantissaEnd = end;
        int exponent = -fractionDigits;
        if (end < bytes.length && (bytes[end] | 0x20) == 'e') {
            end++;
            boolean negativeExponent = end < bytes.length && bytes[end] == '-';
            if (negativeExponent || (end < bytes.length && bytes[end] == '+')) {
                end++;
            }
            int exponentStart = end;
            int explicit = 0;
            for (; end < bytes.length && bytes[end] >= '0' && bytes[end] <= '9'; end++) {
                // Capped: far outside DecimalToDouble's table either way.
                explicit = (explicit < 100_000) ? explicit * 10 + (bytes[end] - '0') : explicit;
            }
            if (end == exponentStart) {
                throw NotCanonical.INSTANCE;
            }
            exponent += negativeExponent ? -explicit : explicit;
        }
        if (end - start > MAX_NUMBER_LENGTH) {
            throw NotCanonical.INSTANCE;
        }
        int digitCount = integerEnd - firstDigit + fractionDigits;
        // Leading zeros add nothing to the significand; past 19 significant digits it has wrapped.
        boolean significandExact = digitCount <= 19 || digitCount - leadingZeros(firstDigit, mantissaEnd) <= 19;
        double magnitude = significandExact ? DecimalToDouble.nearest(this.significand, exponent) : Double.NaN;
        double value = Double.isNaN(magnitude) ? parse(start, end) : (negative ? -magnitude : magnitude);
        this.position = end;
        // Jackson reads an integer as a long and widens it, which has no negative zero.
        return (end == integerEnd && value == 0) ? 0.0 : value;
    }

    /** Appends the digits from {@code from} on to the significand; returns where they stop. */
    private int digits(int from) {
        byte[] bytes = this.body;
        long value = this.significand;
        int i = from;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            long word = Words.at(bytes, i);
            int digits = AsciiDigits.leadingDigits(word);
            if (digits > 0) {
                value = value * AsciiDigits.powerOfTen(digits) + AsciiDigits.firstDigits(word, digits);
            }
            if (digits < Long.BYTES) {
                this.significand = value;
                return i + digits;
            }
        }
        // The body's last few bytes, too few for a word.
        for (; i < bytes.length && bytes[i] >= '0' && bytes[i] <= '9'; i++) {
            value = value * 10 + (bytes[i] - '0');
        }
        this.significand = value;
        return i;
    }

    /** The zeros before the first significant digit of the mantissa in [from, to). */
    private int leadingZeros(int from, int to) {
        int zeros = 0;
        for (int i = from; i < to && (this.body[i] == '0' || this.body[i] == '.'); i++) {
            zeros += (this.body[i] == '0') ? 1 : 0;
        }
        return zeros;
    }

    /** What DecimalToDouble cannot be sure of: FastDoubleParser reads the digits again, exactly. */
    private double parse(int start, int end) {
        try {
            return JsonDoubleParser.parseDouble(this.body, start, end - start);
        }
        catch (NumberFormatException ex) {
            throw NotCanonical.INSTANCE;
        }
    }

    private void skipWhitespace() {
        while (this.position < this.body.length) {
            byte b = this.body[this.position];
            // JSON's whitespace is all below '!', and the byte after it is nearly always the first: one comparison.
            if (b > ' ' || (b != ' ' && b != '\n' && b != '\r' && b != '\t')) {
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
