package io.hvs.hazard.api;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.hvs.hazard.features.FeatureSchema;

/**
 * Decodes one reading of a raw history: a Timestamp, the 9 sensor columns (a number, or {@code null} or absent for
 * a missing value) and optionally Module_ID and Rack_ID. Sensor values follow the feature readings' domain rules.
 */
final class HistoryReadingDecoder {

    static final int SENSORS = FeatureSchema.SENSOR_COLUMNS.size();

    private static final int TIMESTAMP_SLOT = SENSORS;

    private static final int MODULE_ID_SLOT = SENSORS + 1;

    private static final int RACK_ID_SLOT = SENSORS + 2;

    private static final Map<String, Integer> SLOTS = buildSlots();

    private HistoryReadingDecoder() {
    }

    /**
     * A decoded reading.
     *
     * @param timestamp when it was taken
     * @param sensors the 9 sensor values, {@code NaN} where missing
     * @param moduleId the reading's own Module_ID, or {@code null} when it has none
     */
    record RawReading(Instant timestamp, double[] sensors, String moduleId) {
    }

    /**
     * Reads the members of a reading object whose START_OBJECT has been consumed; leaves the parser on its
     * END_OBJECT.
     * @return the reading, or {@code null} when it had a problem
     */
    static RawReading read(JsonParser parser, int history, int index, String base, ErrorCollector errors)
            throws IOException {
        int errorsBefore = errors.total();
        double[] sensors = new double[SENSORS];
        Arrays.fill(sensors, Double.NaN);
        boolean[] seen = new boolean[SLOTS.size()];
        Instant timestamp = null;
        String moduleId = null;
        for (JsonToken token = parser.currentToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            Integer slot = SLOTS.get(name);
            String pointer = ErrorCollector.pointer(base, name);
            if (slot == null || seen[slot]) {
                errors.add(pointer, history, index, name, (slot == null) ? "unknown field; a history reading has "
                        + "Timestamp, the 9 sensor columns, and optionally Module_ID and Rack_ID" : "duplicate field");
                parser.skipChildren();
                continue;
            }
            seen[slot] = true;
            if (slot < SENSORS) {
                readSensor(parser, value, slot, sensors, history, index, pointer, errors);
            }
            else if (value != JsonToken.VALUE_STRING) {
                errors.add(pointer, history, index, name, "must be a string, not " + ReadingDecoder.describe(value));
                parser.skipChildren();
            }
            else if (slot == TIMESTAMP_SLOT) {
                timestamp = HistoryTimestamps.parse(parser.getText());
                if (timestamp == null) {
                    errors.add(pointer, history, index, name, HistoryTimestamps.FORMAT_REASON);
                }
            }
            else if (slot == MODULE_ID_SLOT) {
                moduleId = parser.getText();
            }
        }
        if (!seen[TIMESTAMP_SLOT]) {
            errors.add(base + "/" + FeatureSchema.TIMESTAMP, history, index, FeatureSchema.TIMESTAMP,
                    "missing; every history reading needs a Timestamp");
        }
        return (errors.total() != errorsBefore) ? null : new RawReading(timestamp, sensors, moduleId);
    }

    private static void readSensor(JsonParser parser, JsonToken value, int slot, double[] sensors, int history,
            int index, String pointer, ErrorCollector errors) throws IOException {
        String name = FeatureSchema.SENSOR_COLUMNS.get(slot);
        if (value == JsonToken.VALUE_NULL) {
            return;
        }
        if (value == JsonToken.VALUE_NUMBER_FLOAT || value == JsonToken.VALUE_NUMBER_INT) {
            double number = parser.getDoubleValue();
            // The sensors are the first 9 features, so the feature readings' rules apply slot for slot.
            String reason = ReadingFields.check(slot, number);
            if (reason == null) {
                sensors[slot] = number;
            }
            else {
                errors.add(pointer, history, index, name, reason);
            }
        }
        else {
            errors.add(pointer, history, index, name,
                    "must be a number, or null when missing, not " + ReadingDecoder.describe(value));
            parser.skipChildren();
        }
    }

    private static Map<String, Integer> buildSlots() {
        Map<String, Integer> slots = new HashMap<>();
        List<String> sensors = FeatureSchema.SENSOR_COLUMNS;
        for (int c = 0; c < sensors.size(); c++) {
            slots.put(sensors.get(c), c);
        }
        slots.put(FeatureSchema.TIMESTAMP, TIMESTAMP_SLOT);
        slots.put(FeatureSchema.MODULE_ID, MODULE_ID_SLOT);
        slots.put(ReadingFields.RACK_ID, RACK_ID_SLOT);
        return Map.copyOf(slots);
    }

}
