package io.hvs.hazard.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.hvs.hazard.features.ClipBounds;
import io.hvs.hazard.features.FeatureSchema;

/**
 * Reads the per-sensor clipping bounds a run stores beside its model ({@code preprocessing/clip_bounds.json}:
 * {@code sensor_columns}, {@code lower}, {@code upper}). Serving a raw history clips with them, because a short
 * history has no percentiles of its own; training clipped every module with the same bounds.
 */
final class ClipBoundsArtifact {

    static final String TYPE = "PerSensorClipBounds";

    private ClipBoundsArtifact() {
    }

    /**
     * @throws ModelLoadException naming the file when it is missing, not JSON, or not the 9 sensors' bounds in
     * {@link FeatureSchema#SENSOR_COLUMNS} order with finite {@code lower <= upper}
     */
    static ClipBounds read(Path file) {
        JsonNode root = ArtifactJson.read(file, "clip bounds artifact");
        if (!TYPE.equals(root.path("type").asText())) {
            throw new ModelLoadException(file + ": type must be " + TYPE);
        }
        List<String> columns = new ArrayList<>();
        root.path("sensor_columns").forEach((name) -> columns.add(name.asText()));
        if (!columns.equals(FeatureSchema.SENSOR_COLUMNS)) {
            throw new ModelLoadException(file + ": sensor_columns must be " + FeatureSchema.SENSOR_COLUMNS
                    + " in this order, is " + columns);
        }
        int sensors = FeatureSchema.SENSOR_COLUMNS.size();
        double[] lower = ArtifactJson.finiteNumbers(root.path("lower"), sensors, file, "lower");
        double[] upper = ArtifactJson.finiteNumbers(root.path("upper"), sensors, file, "upper");
        for (int c = 0; c < lower.length; c++) {
            if (!(lower[c] <= upper[c])) {
                throw new ModelLoadException(file + ": lower[" + c + "] > upper[" + c + "] for "
                        + FeatureSchema.SENSOR_COLUMNS.get(c));
            }
        }
        return new ClipBounds(lower, upper);
    }

}
