package io.hvs.hazard.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hvs.hazard.features.FeatureSchema;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * Scores raw feature rows the way serving does, from a run's files only: scaler.json, then the SavedModel's
 * serving_default signature. Owns the bundle; close it.
 */
final class SavedModelScorer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SavedModelBundle bundle;

    private final double[] mean;

    private final double[] scale;

    SavedModelScorer(Path runArtifacts) throws IOException {
        JsonNode scaler = JSON.readTree(runArtifacts.resolve("preprocessing/scaler.json").toFile());
        this.mean = JSON.convertValue(scaler.get("mean"), double[].class);
        this.scale = JSON.convertValue(scaler.get("scale"), double[].class);
        this.bundle = SavedModelBundle.load(runArtifacts.resolve("model/tfmodel").toString(), "serve");
    }

    SavedModelBundle bundle() {
        return this.bundle;
    }

    float[] score(double[][] rows) {
        float[] scaled = new float[rows.length * FeatureSchema.FEATURE_COUNT];
        for (int r = 0; r < rows.length; r++) {
            for (int f = 0; f < FeatureSchema.FEATURE_COUNT; f++) {
                scaled[r * FeatureSchema.FEATURE_COUNT + f] = (float) ((rows[r][f] - this.mean[f]) / this.scale[f]);
            }
        }
        float[] out = new float[rows.length];
        try (TFloat32 input = TFloat32.tensorOf(Shape.of(rows.length, FeatureSchema.FEATURE_COUNT),
                DataBuffers.of(scaled, true, false));
                Result result = this.bundle.call(Map.of("features", input))) {
            TFloat32 probabilities = (TFloat32) result.get("hazard_probability").orElseThrow();
            probabilities.copyTo(DataBuffers.of(out, false, false));
        }
        return out;
    }

    /** The readings of an API payload file as feature rows in signature order. */
    static double[][] payloadRows(Path file) throws IOException {
        List<JsonNode> readings = JSON.readTree(file.toFile()).get("readings").findParents("Module_ID");
        double[][] rows = new double[readings.size()][FeatureSchema.FEATURE_COUNT];
        for (int r = 0; r < rows.length; r++) {
            for (int f = 0; f < FeatureSchema.FEATURE_COUNT; f++) {
                rows[r][f] = readings.get(r).get(FeatureSchema.FEATURE_NAMES.get(f)).asDouble();
            }
        }
        return rows;
    }

    @Override
    public void close() {
        this.bundle.close();
    }

}
