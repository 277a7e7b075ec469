package io.hvs.hazard.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.hvs.hazard.features.ClipBounds;
import io.hvs.hazard.features.FeatureSchema;

/**
 * Reads the per-sensor clipping bounds a run stores beside its model ({@code preprocessing/clip_bounds.json}:
 * {@code sensor_columns}, {@code lower}, {@code upper}). Serving a raw history clips with them, because a short
 * history has no percentiles of its own; training clipped every module with the same bounds.
 */
final class ClipBoundsArtifact {

    static final String TYPE = "PerSensorClipBounds";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClipBoundsArtifact() {
    }

    /**
     * @throws ModelLoadException naming the file when it is missing, not JSON, or not the 9 sensors' bounds in
     * {@link FeatureSchema#SENSOR_COLUMNS} order with finite {@code lower <= upper}
     */
    static ClipBounds read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException("clip bounds artifact not found: " + file);
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        }
        catch (IOException ex) {
            throw new ModelLoadException("cannot read clip bounds artifact " + file + ": not valid JSON", ex);
        }
        if (!TYPE.equals(root.path("type").asText())) {
            throw new ModelLoadException(file + ": type must be " + TYPE);
        }
        List<String> columns = new ArrayList<>();
        root.path("sensor_columns").forEach((name) -> columns.add(name.asText()));
        if (!columns.equals(FeatureSchema.SENSOR_COLUMNS)) {
            throw new ModelLoadException(file + ": sensor_columns must be " + FeatureSchema.SENSOR_COLUMNS
                    + " in this order, is " + columns);
        }
        double[] lower = numbers(root.path("lower"), file, "lower");
        double[] upper = numbers(root.path("upper"), file, "upper");
        for (int c = 0; c < lower.length; c++) {
            if (!(lower[c] <= upper[c])) {
                throw new ModelLoadException(file + ": lower[" + c + "] > upper[" + c + "] for "
                        + FeatureSchema.SENSOR_COLUMNS.get(c));
            }
        }
        return new ClipBounds(lower, upper);
    }

    private static double[] numbers(JsonNode array, Path file, String key) {
        int expected = FeatureSchema.SENSOR_COLUMNS.size();
        if (!array.isArray() || array.size() != expected) {
            throw new ModelLoadException(file + ": " + key + " must be an array of " + expected + " numbers");
        }
        double[] values = new double[expected];
        for (int i = 0; i < expected; i++) {
            JsonNode value = array.get(i);
            if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
                throw new ModelLoadException(file + ": " + key + "[" + i + "] must be a finite number");
            }
            values[i] = value.doubleValue();
        }
        return values;
    }

}
