package io.hvs.hazard.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;

import io.hvs.hazard.api.InvalidRequestException.Kind;

/**
 * Strict, streaming decoder of a prediction request: {@code {"readings":[...]}}, one bare reading, or
 * {@code {"histories":[...]}} of raw sensor readings ({@link HistoryDecoder}). It collects
 * every problem (up to {@link #MAX_ERRORS}) with a JSON pointer instead of stopping at the first, and stops
 * reading as soon as the request has more than {@code maxReadings} readings (or histories), or a history more than
 * {@code maxHistoryLength} readings. Thread-safe and stateless.
 */
public final class HazardRequestDecoder {

    /** At most this many problems are listed in one answer. */
    public static final int MAX_ERRORS = 50;

    static final String READINGS = "readings";

    // Streaming parser with the fast double parser: decoding is on the hot path of every request.
    private static final JsonFactory JSON = JsonFactory.builder()
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();

    private final int maxReadings;

    private final HistoryDecoder histories;

    /** With the default limit of 360 readings per raw history (see InferenceProperties). */
    public HazardRequestDecoder(int maxReadings) {
        this(maxReadings, 360);
    }

    /** At most {@code maxReadings} readings or histories per request, {@code maxHistoryLength} per history. */
    public HazardRequestDecoder(int maxReadings, int maxHistoryLength) {
        if (maxReadings < 1 || maxHistoryLength < 1) {
            throw new IllegalArgumentException("maxReadings and maxHistoryLength must be at least 1");
        }
        this.maxReadings = maxReadings;
        this.histories = new HistoryDecoder(maxReadings, maxHistoryLength);
    }

    public int maxReadings() {
        return this.maxReadings;
    }

    /** Decodes a UTF-8 JSON body. */
    public HazardRequest decode(byte[] body) {
        HazardRequest request = ReadingsFastPath.decode(body, this.maxReadings);
        return (request != null) ? request : decodeFully(body);
    }

    /** Decodes a UTF-8 JSON body with Jackson only: what {@link ReadingsFastPath} falls back to, and is held to. */
    HazardRequest decodeFully(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            return decode(parser);
        }
        catch (IOException ex) {
            // In-memory input: any other read failure is undecodable input (e.g. a byte-order mark of UTF-32).
            throw InvalidRequestException.of(Kind.MALFORMED_JSON, new FieldError("", null, null, "is not valid JSON"));
        }
    }

    /** Decodes a JSON body already read as text. */
    public HazardRequest decode(String body) {
        try (JsonParser parser = JSON.createParser(body)) {
            return decode(parser);
        }
        catch (IOException ex) {
            throw InvalidRequestException.of(Kind.MALFORMED_JSON, new FieldError("", null, null, "is not valid JSON"));
        }
    }

    /**
     * Decodes from any parser positioned before the root value (e.g. {@code ObjectMapper.treeAsTokens} for a body
     * another layer already parsed). The caller closes the parser.
     */
    public HazardRequest decode(JsonParser parser) throws IOException {
        try {
            return decodeRoot(parser);
        }
        catch (StreamReadException ex) {
            throw InvalidRequestException.malformed(ex);
        }
        catch (StreamConstraintsException ex) {
            // Jackson's read limits (nesting depth 1000, numbers of 1000 digits, ...) are not syntax errors, but
            // the answer is the same: this is not JSON the service reads. Its message names Jackson's classes.
            throw InvalidRequestException.of(Kind.MALFORMED_JSON, new FieldError(shallowPointer(parser), null, null,
                    "is not valid JSON for this service: nested too deeply or a number or string too long"));
        }
    }

    /** Where the parser is, at most three levels deep (a limit violation can be a thousand levels down). */
    private static String shallowPointer(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        while (context != null && context.getNestingDepth() > 2) {
            context = context.getParent();
        }
        return (context != null) ? context.pathAsPointer().toString() : "";
    }

    private HazardRequest decodeRoot(JsonParser parser) throws IOException {
        JsonToken root = parser.nextToken();
        if (root == null) {
            throw InvalidRequestException.of(Kind.MALFORMED_JSON, new FieldError("", null, null, "is empty"));
        }
        if (root != JsonToken.START_OBJECT) {
            throw InvalidRequestException.of(Kind.INVALID_READINGS, new FieldError("", null, null,
                    "must be an object: {\"readings\":[...]} or one reading, not " + ReadingDecoder.describe(root)));
        }
        ErrorCollector errors = new ErrorCollector();
        List<ModuleReading> readings = new ArrayList<>();
        JsonToken first = parser.nextToken();
        if (first == JsonToken.FIELD_NAME && HistoryDecoder.HISTORIES.equals(parser.currentName())) {
            List<ModuleHistory> decoded = this.histories.readWrapper(parser, errors);
            expectEnd(parser);
            errors.throwIfAny();
            return new HazardRequest(List.of(), false, decoded);
        }
        boolean wrapped = first == JsonToken.FIELD_NAME && READINGS.equals(parser.currentName());
        if (wrapped) {
            readWrapper(parser, readings, errors);
        }
        else {
            readings.add(ReadingDecoder.read(parser, 0, "", errors));
        }
        expectEnd(parser);
        errors.throwIfAny();
        return new HazardRequest(readings, !wrapped);
    }

    private static void expectEnd(JsonParser parser) throws IOException {
        if (parser.nextToken() != null) {
            throw InvalidRequestException.of(Kind.MALFORMED_JSON,
                    new FieldError("", null, null, "has content after the JSON value"));
        }
    }

    /** Parser is on the "readings" FIELD_NAME of the root object; leaves it on the root's END_OBJECT. */
    private void readWrapper(JsonParser parser, List<ModuleReading> readings, ErrorCollector errors)
            throws IOException {
        JsonToken value = parser.nextToken();
        if (value == JsonToken.START_ARRAY) {
            readArray(parser, readings, errors);
        }
        else {
            errors.add("/" + READINGS, null, READINGS,
                    "must be a non-empty array of readings, not " + ReadingDecoder.describe(value));
            parser.skipChildren();
        }
        boolean duplicate = false;
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            parser.nextToken();
            parser.skipChildren();
            if (READINGS.equals(name) && !duplicate) {
                duplicate = true;
                errors.add("/" + READINGS, null, READINGS, "duplicate field");
            }
            else if (!READINGS.equals(name)) {
                errors.add(ErrorCollector.pointer("", name), null, name,
                        HistoryDecoder.HISTORIES.equals(name) ? "a request has readings or histories, not both"
                                : "unknown field; a request is {\"readings\":[...]} or one reading");
            }
        }
    }

    private void readArray(JsonParser parser, List<ModuleReading> readings, ErrorCollector errors)
            throws IOException {
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            String base = "/" + READINGS + "/" + index;
            if (index == this.maxReadings) {
                // Stop here: reading the rest of an oversized request would only waste memory and time.
                throw InvalidRequestException.of(Kind.TOO_MANY_READINGS, new FieldError(base, index, READINGS,
                        "more than " + this.maxReadings + " readings in one request"));
            }
            if (token == JsonToken.START_OBJECT) {
                parser.nextToken();
                readings.add(ReadingDecoder.read(parser, index, base, errors));
            }
            else {
                errors.add(base, index, null, "must be a reading object, not " + ReadingDecoder.describe(token));
                parser.skipChildren();
            }
            index++;
        }
        if (index == 0) {
            errors.add("/" + READINGS, null, READINGS, "must not be empty");
        }
    }

}
