package io.hvs.hazard.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reading of the small JSON artifacts a run stores beside its model (scaler, clip bounds), with failures that name
 * the file and the member, as start-up errors must.
 */
final class ArtifactJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArtifactJson() {
    }

    /** @param what how the artifact is named in messages, e.g. "scaler artifact" */
    static JsonNode read(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException(what + " not found: " + file);
        }
        try {
            return JSON.readTree(file.toFile());
        }
        catch (IOException ex) {
            throw new ModelLoadException("cannot read " + what + " " + file + ": not valid JSON", ex);
        }
    }

    static double[] finiteNumbers(JsonNode array, int expected, Path file, String key) {
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
