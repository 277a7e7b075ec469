package io.hvs.hazard.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.hvs.hazard.features.ClipBounds;
import io.hvs.hazard.features.FeaturePipeline;
import io.hvs.hazard.features.FeatureSchema;
import io.hvs.hazard.features.StandardScaler;

/**
 * The run's preprocessing artifacts as JSON: {@code scaler.json} (scikit-learn's StandardScaler: mean and scale per
 * feature, {@code scaled = (x - mean) / scale}, signature order) and {@code clip_bounds.json} (the per-sensor bounds
 * every module is clipped with before the features are computed).
 */
final class PreprocessingArtifacts {

    static final String SCALER = "scaler.json";

    static final String CLIP_BOUNDS = "clip_bounds.json";

    static final String CLIP_RULE = "per sensor: the lowest 1st and the highest 99th percentile (pandas linear "
            + "interpolation) of any training module's gap-filled values on its training-split rows; every module "
            + "is clipped to them after forward/backward gap filling";

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PreprocessingArtifacts() {
    }

    static void writeScaler(Path file, StandardScaler scaler) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "StandardScaler");
        json.put("feature_names", FeatureSchema.FEATURE_NAMES);
        json.put("mean", scaler.mean());
        json.put("scale", scaler.scale());
        write(file, json);
    }

    static void writeClipBounds(Path file, ClipBounds bounds) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "PerSensorClipBounds");
        json.put("sensor_columns", FeatureSchema.SENSOR_COLUMNS);
        json.put("lower", bounds.lower());
        json.put("upper", bounds.upper());
        json.put("lower_quantile", FeaturePipeline.LOWER_QUANTILE);
        json.put("upper_quantile", FeaturePipeline.UPPER_QUANTILE);
        json.put("rule", CLIP_RULE);
        write(file, json);
    }

    static void write(Path file, Object json) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(json) + "\n");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + file, ex);
        }
    }

}
