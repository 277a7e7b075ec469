package io.hvs.hazard.mlruns;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML mapping plus the file it came from, with lenient typed getters (an int where a
 * string is expected is accepted, as MLflow's reader casts it) that report the file and key when
 * a value has the wrong shape.
 */
record YamlMap(Path file, Map<String, Object> values) {

    boolean has(String key) {
        return this.values.get(key) != null;
    }

    /** The value as text (numbers and booleans converted), or null when absent or null. */
    String string(String key) {
        Object value = this.values.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        throw MlrunsException.malformed(this.file, "'" + key + "' must be a string, got " + describe(value));
    }

    String requireString(String key) {
        String value = string(key);
        if (value == null) {
            throw MlrunsException.malformed(this.file, "missing '" + key + "'");
        }
        return value;
    }

    /** The value as a long, or null when absent or null. */
    Long longValue(String key) {
        Object value = this.values.get(key);
        if (value == null || value instanceof Long) {
            return (Long) value;
        }
        if (value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof String text && text.matches("-?[0-9]{1,18}")) {
            return Long.parseLong(text);
        }
        throw MlrunsException.malformed(this.file, "'" + key + "' must be an integer, got " + describe(value));
    }

    long requireLong(String key) {
        Long value = longValue(key);
        if (value == null) {
            throw MlrunsException.malformed(this.file, "missing '" + key + "'");
        }
        return value;
    }

    /** A nested mapping (keys as strings, order kept), empty when absent or null. */
    Map<String, Object> map(String key) {
        Object value = this.values.get(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw MlrunsException.malformed(this.file, "'" + key + "' must be a mapping, got " + describe(value));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    /** A nested list, empty when absent or null. */
    List<Object> list(String key) {
        Object value = this.values.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw MlrunsException.malformed(this.file, "'" + key + "' must be a list, got " + describe(value));
        }
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    private static String describe(Object value) {
        return (value instanceof Map) ? "a mapping" : (value instanceof List) ? "a list" : "'" + value + "'";
    }

}
