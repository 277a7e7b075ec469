package io.hvs.hazard.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fitted standard scaler a run stores beside its model: {@code scaled = (x - mean) / scale} per feature.
 *
 * @param featureNames the features, in the model signature's order
 * @param mean per-feature mean, same order
 * @param scale per-feature scale (&gt; 0), same order
 */
record ScalerArtifact(List<String> featureNames, double[] mean, double[] scale) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ScalerArtifact read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException("scaler artifact not found: " + file);
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        }
        catch (IOException ex) {
            throw new ModelLoadException("cannot read scaler artifact " + file + ": not valid JSON", ex);
        }
        if (!"StandardScaler".equals(root.path("type").asText())) {
            throw new ModelLoadException(file + ": type must be StandardScaler");
        }
        List<String> names = new ArrayList<>();
        root.path("feature_names").forEach((name) -> names.add(name.asText()));
        double[] mean = numbers(root.path("mean"), names.size(), file, "mean");
        double[] scale = numbers(root.path("scale"), names.size(), file, "scale");
        for (int i = 0; i < scale.length; i++) {
            if (!(scale[i] > 0)) {
                throw new ModelLoadException(file + ": scale of feature " + names.get(i) + " must be > 0");
            }
        }
        return new ScalerArtifact(List.copyOf(names), mean, scale);
    }

    private static double[] numbers(JsonNode array, int expected, Path file, String key) {
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
