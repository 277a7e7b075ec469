package io.hvs.hazard.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.hvs.hazard.api.HistoryReadingDecoder.RawReading;
import io.hvs.hazard.api.InvalidRequestException.Kind;
import io.hvs.hazard.features.FeatureSchema;

/**
 * Decodes {@code {"histories":[{"Module_ID":"...","readings":[...]}, ...]}}: each history names one module (no two
 * histories the same; a reading's own Module_ID, if any, must be the history's), holds 1 to {@code maxLength}
 * readings oldest first with strictly increasing timestamps, and a complete newest reading. Gaps longer than the
 * sampling interval are warnings, not errors. Stateless and thread-safe.
 */
final class HistoryDecoder {

    static final String HISTORIES = "histories";

    static final String READINGS = "readings";

    private final int maxHistories;

    private final int maxLength;

    HistoryDecoder(int maxHistories, int maxLength) {
        this.maxHistories = maxHistories;
        this.maxLength = maxLength;
    }

    /** Parser is on the "histories" FIELD_NAME of the root object; leaves it on the root's END_OBJECT. */
    List<ModuleHistory> readWrapper(JsonParser parser, ErrorCollector errors) throws IOException {
        List<ModuleHistory> histories = new ArrayList<>();
        JsonToken value = parser.nextToken();
        if (value == JsonToken.START_ARRAY) {
            readArray(parser, histories, errors);
        }
        else {
            errors.add("/" + HISTORIES, null, HISTORIES,
                    "must be a non-empty array of histories, not " + ReadingDecoder.describe(value));
            parser.skipChildren();
        }
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            parser.nextToken();
            parser.skipChildren();
            errors.add(ErrorCollector.pointer("", name), null, name, HISTORIES.equals(name) ? "duplicate field"
                    : "unknown field; a request is {\"histories\":[...]}, {\"readings\":[...]} or one reading");
        }
        return histories;
    }

    private void readArray(JsonParser parser, List<ModuleHistory> histories, ErrorCollector errors)
            throws IOException {
        Map<String, Integer> firstIndexOf = new HashMap<>();
        int h = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            String base = "/" + HISTORIES + "/" + h;
            if (h == this.maxHistories) {
                throw InvalidRequestException.of(Kind.TOO_MANY_READINGS, new FieldError(base, h, null, HISTORIES,
                        "more than " + this.maxHistories + " histories in one request (each is one model row)"));
            }
            if (token == JsonToken.START_OBJECT) {
                ModuleHistory history = readHistory(parser, h, base, errors);
                if (history != null) {
                    Integer first = firstIndexOf.putIfAbsent(history.moduleId(), h);
                    if (first != null) {
                        errors.add(base + "/" + FeatureSchema.MODULE_ID, h, null, FeatureSchema.MODULE_ID,
                                "is the Module_ID of history " + first + " too; send one history per module");
                    }
                    histories.add(history);
                }
            }
            else {
                errors.add(base, h, null, null, "must be a history object, not " + ReadingDecoder.describe(token));
                parser.skipChildren();
            }
            h++;
        }
        if (h == 0) {
            errors.add("/" + HISTORIES, null, HISTORIES, "must not be empty");
        }
    }

    /** Parser is on the history's START_OBJECT; leaves it on its END_OBJECT. Null when it had a problem. */
    private ModuleHistory readHistory(JsonParser parser, int h, String base, ErrorCollector errors)
            throws IOException {
        int errorsBefore = errors.total();
        String moduleId = null;
        List<RawReading> readings = null;
        boolean moduleSeen = false;
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            String pointer = ErrorCollector.pointer(base, name);
            if (FeatureSchema.MODULE_ID.equals(name) && !moduleSeen) {
                moduleSeen = true;
                if (value == JsonToken.VALUE_STRING) {
                    moduleId = parser.getText();
                }
                else {
                    errors.add(pointer, h, null, name, "must be a string, not " + ReadingDecoder.describe(value));
                    parser.skipChildren();
                }
            }
            else if (READINGS.equals(name) && readings == null) {
                readings = readReadings(parser, value, h, pointer, errors);
            }
            else {
                boolean known = FeatureSchema.MODULE_ID.equals(name) || READINGS.equals(name);
                errors.add(pointer, h, null, name,
                        known ? "duplicate field" : "unknown field; a history has Module_ID and readings");
                parser.skipChildren();
            }
        }
        if (!moduleSeen) {
            errors.add(base + "/" + FeatureSchema.MODULE_ID, h, null, FeatureSchema.MODULE_ID,
                    "missing; every history names its module");
        }
        if (readings == null) {
            errors.add(base + "/" + READINGS, h, null, READINGS, "missing; a history needs at least 1 reading");
        }
        else {
            HistoryAssembler.check(readings, moduleId, h, base + "/" + READINGS, errors);
        }
        if (errors.total() != errorsBefore) {
            return null;
        }
        return HistoryAssembler.build(moduleId, readings, h, base + "/" + READINGS);
    }

    private List<RawReading> readReadings(JsonParser parser, JsonToken value, int h, String pointer,
            ErrorCollector errors) throws IOException {
        List<RawReading> readings = new ArrayList<>();
        if (value != JsonToken.START_ARRAY) {
            errors.add(pointer, h, null, READINGS,
                    "must be a non-empty array of readings, not " + ReadingDecoder.describe(value));
            parser.skipChildren();
            return readings;
        }
        int r = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            String base = pointer + "/" + r;
            if (r == this.maxLength) {
                throw InvalidRequestException.of(Kind.TOO_MANY_READINGS, new FieldError(base, h, r, READINGS,
                        "more than " + this.maxLength + " readings in one history"));
            }
            if (token == JsonToken.START_OBJECT) {
                parser.nextToken();
                readings.add(HistoryReadingDecoder.read(parser, h, r, base, errors));
            }
            else {
                errors.add(base, h, r, null, "must be a reading object, not " + ReadingDecoder.describe(token));
                parser.skipChildren();
                readings.add(null);
            }
            r++;
        }
        if (r == 0) {
            errors.add(pointer, h, null, READINGS, "must not be empty; a history needs at least 1 reading");
        }
        return readings;
    }

}
