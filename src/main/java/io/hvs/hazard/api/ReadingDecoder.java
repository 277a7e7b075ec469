package io.hvs.hazard.api;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Decodes one reading object from a streaming parser, reporting every problem it finds to an
 * {@link ErrorCollector}. A reading with any problem yields {@code null}: nothing is ever predicted from a
 * partial reading.
 */
final class ReadingDecoder {

    private static final long ALL_FEATURES = (1L << ReadingFields.FEATURES) - 1;

    private ReadingDecoder() {
    }

    /**
     * Reads the members of an object whose START_OBJECT has been consumed; the parser's current token is the
     * first FIELD_NAME or END_OBJECT. Leaves the parser on the object's END_OBJECT.
     * @param parser the parser
     * @param index the reading's index in the request
     * @param base JSON pointer of the reading object ("" for a bare reading)
     * @param errors where problems go
     * @return the reading, or {@code null} when it had a problem
     * @throws IOException when the JSON itself is broken
     */
    static ModuleReading read(JsonParser parser, int index, String base, ErrorCollector errors) throws IOException {
        int errorsBefore = errors.total();
        double[] features = new double[ReadingFields.FEATURES];
        long seen = 0;
        String moduleId = null;
        String rackId = null;
        String timestamp = null;
        JsonToken token = parser.currentToken();
        int slot = (token == JsonToken.FIELD_NAME) ? ReadingFields.slotOf(parser.currentName()) : -1;
        while (token == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (slot < 0) {
                errors.add(ErrorCollector.pointer(base, name), index, name, unknownReason(base, name));
                parser.skipChildren();
            }
            else if ((seen & (1L << slot)) != 0) {
                errors.add(ErrorCollector.pointer(base, name), index, name, "duplicate field");
                parser.skipChildren();
            }
            else {
                seen |= 1L << slot;
                if (slot < ReadingFields.FEATURES) {
                    readFeature(parser, value, slot, features, index, base, errors);
                }
                else if (slot == ReadingFields.TIMESTAMP_SLOT) {
                    timestamp = readText(parser, value, true, index, base, name, errors);
                }
                else {
                    String text = readText(parser, value, false, index, base, name, errors);
                    if (slot == ReadingFields.MODULE_ID_SLOT) {
                        moduleId = text;
                    }
                    else {
                        rackId = text;
                    }
                }
            }
            // Clients send the members in the data set's order, so the next name is almost always the one that
            // follows: compare its bytes in place (Jackson's nextFieldName) instead of decoding the name and
            // looking it up; any other name or the object's end falls back to the lookup. A third of the decoding
            // time of a 100-reading request went to name decoding and lookup before (async-profiler, issue 7).
            int expected = (slot >= 0) ? ReadingFields.expectedAfter(slot) : -1;
            if (expected >= 0 && parser.nextFieldName(ReadingFields.quotedName(expected))) {
                token = JsonToken.FIELD_NAME;
                slot = expected;
            }
            else {
                token = (expected >= 0) ? parser.currentToken() : parser.nextToken();
                slot = (token == JsonToken.FIELD_NAME) ? ReadingFields.slotOf(parser.currentName()) : -1;
            }
        }
        reportMissing(seen, index, base, errors);
        if (errors.total() != errorsBefore) {
            return null;
        }
        return new ModuleReading((moduleId != null) ? moduleId : ModuleReading.UNKNOWN_MODULE, rackId, timestamp,
                features);
    }

    private static void readFeature(JsonParser parser, JsonToken value, int slot, double[] features, int index,
            String base, ErrorCollector errors) throws IOException {
        String name = ReadingFields.featureName(slot);
        if (value == JsonToken.VALUE_NUMBER_FLOAT || value == JsonToken.VALUE_NUMBER_INT) {
            double number = parser.getDoubleValue();
            String reason = ReadingFields.check(slot, number);
            if (reason == null) {
                features[slot] = number;
            }
            else {
                errors.add(base + "/" + name, index, name, reason);
            }
        }
        else {
            errors.add(base + "/" + name, index, name, "must be a number, not " + describe(value));
            parser.skipChildren();
        }
    }

    private static String readText(JsonParser parser, JsonToken value, boolean numberAllowed, int index,
            String base, String name, ErrorCollector errors) throws IOException {
        if (value == JsonToken.VALUE_STRING
                || (numberAllowed && (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT))) {
            return parser.getText();
        }
        errors.add(base + "/" + name, index, name,
                "must be a " + (numberAllowed ? "string or a number" : "string") + ", not " + describe(value));
        parser.skipChildren();
        return null;
    }

    private static void reportMissing(long seen, int index, String base, ErrorCollector errors) {
        long missing = ~seen & ALL_FEATURES;
        while (missing != 0) {
            int slot = Long.numberOfTrailingZeros(missing);
            missing &= missing - 1;
            String name = ReadingFields.featureName(slot);
            errors.add(base + "/" + name, index, name, "missing; every reading needs all 30 features");
        }
    }

    private static String unknownReason(String base, String name) {
        if (base.isEmpty() && (HazardRequestDecoder.READINGS.equals(name) || HistoryDecoder.HISTORIES.equals(name))) {
            return "a request with \"" + name + "\" has no other members, and it comes first";
        }
        return "unknown field; a reading has the 30 features, Module_ID, Rack_ID and Timestamp";
    }

    static String describe(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NULL -> "null";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            default -> "JSON " + token.asString();
        };
    }

}
