package io.hvs.hazard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.hvs.hazard.features.FeatureSchema;
import io.hvs.hazard.mlruns.ColumnSpec;
import io.hvs.hazard.mlruns.MlModel;
import io.hvs.hazard.mlruns.MlrunsWriter;
import io.hvs.hazard.mlruns.ModelSignature;
import io.hvs.hazard.mlruns.PythonFunctionFlavor;
import io.hvs.hazard.mlruns.RunOptions;
import io.hvs.hazard.mlruns.RunWriter;
import io.hvs.hazard.mlruns.TensorflowFlavor;

/**
 * Writes the tiny model as a complete MLflow run (with the mlruns writer), and builds sample readings.
 */
public final class TestFixtures {

    public static final String MODEL_NAME = "hvs-hazard-classifier";

    /** The tiny run's clip bounds per sensor: wide, so hand-made histories are never clipped unless meant to. */
    public static final double[] CLIP_LOWER = { -40, -40, 0, -100, 0, 0, 0, 0, -40 };

    public static final double[] CLIP_UPPER = { 200, 220, 100, 100, 100, 5000, 5000, 5000, 80 };

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestFixtures() {
    }

    /**
     * Writes a finished MLflow run of the tiny model into the store at {@code mlrunsRoot} (created if needed):
     * {@code artifacts/model/} (MLmodel + tfmodel SavedModel), {@code artifacts/preprocessing/scaler.json} and
     * {@code clip_bounds.json},
     * registered as the next version of {@link #MODEL_NAME}, with alias {@code champion} when asked.
     */
    public static TinyRun writeRun(Path mlrunsRoot, double threshold, boolean champion) {
        MlrunsWriter writer = MlrunsWriter.open(mlrunsRoot);
        RunWriter run = writer.startRun(writer.getOrCreateExperiment("HVS_Fire_Prediction"),
                RunOptions.defaults().withRunName("tiny-logistic"));
        Path modelDir = run.artifactDir("model");
        TinyHazardModel.exportSavedModel(modelDir.resolve("tfmodel"));
        try {
            writeScaler(run.artifactDir("preprocessing").resolve("scaler.json"), TinyHazardModel.SIGNATURE_ORDER);
            writeClipBounds(run.artifactDir("preprocessing").resolve("clip_bounds.json"), CLIP_LOWER, CLIP_UPPER);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        ModelSignature signature = ModelSignature.ofColumns(
                TinyHazardModel.SIGNATURE_ORDER.stream().map((name) -> ColumnSpec.required(name, "float")).toList(),
                List.of(ColumnSpec.required("hazard_probability", "float")));
        Map<String, Object> metadata = new TreeMap<>();
        metadata.put("hvs_schema_version", 1);
        metadata.put("scaler_artifact", "preprocessing/scaler.json");
        metadata.put("clip_bounds_artifact", "preprocessing/clip_bounds.json");
        metadata.put("decision_threshold", threshold);
        metadata.put("tensor_input", "features");
        metadata.put("tensor_output", "hazard_probability");
        run.logModel(MlModel.tensorflow("model", TensorflowFlavor.tf1Estimator("tfmodel", "serving_default"),
                PythonFunctionFlavor.tensorflow("3.10"), signature, metadata,
                UUID.randomUUID().toString().replace("-", ""), Instant.now()));
        run.finish();
        int version = writer.registry().registerVersion(MODEL_NAME, run.runId(), "model").version();
        if (champion) {
            writer.registry().setAlias(MODEL_NAME, "champion", version);
        }
        return new TinyRun(run.runId(), version, run.artifactsDir(), modelDir);
    }

    /**
     * A run written by {@link #writeRun}.
     *
     * @param runId the run id
     * @param version its registered version
     * @param artifactsDir the run's artifacts folder
     * @param modelDir the MLflow model folder
     */
    public record TinyRun(String runId, int version, Path artifactsDir, Path modelDir) {
    }

    public static void writeScaler(Path file, List<String> featureNames) throws IOException {
        List<Double> mean = new ArrayList<>();
        List<Double> scale = new ArrayList<>();
        for (int j = 0; j < featureNames.size(); j++) {
            mean.add(TinyHazardModel.mean(j));
            scale.add(TinyHazardModel.scale(j));
        }
        Map<String, Object> scaler = new LinkedHashMap<>();
        scaler.put("type", "StandardScaler");
        scaler.put("feature_names", featureNames);
        scaler.put("mean", mean);
        scaler.put("scale", scale);
        JSON.writeValue(file.toFile(), scaler);
    }

    /** Writes a clip bounds artifact as training does ({@code sensor_columns}, {@code lower}, {@code upper}). */
    public static void writeClipBounds(Path file, double[] lower, double[] upper) throws IOException {
        Map<String, Object> bounds = new LinkedHashMap<>();
        bounds.put("type", "PerSensorClipBounds");
        bounds.put("sensor_columns", FeatureSchema.SENSOR_COLUMNS);
        bounds.put("lower", lower);
        bounds.put("upper", upper);
        JSON.writeValue(file.toFile(), bounds);
    }

    /** A reading at the scaler's means: scaled to all zeros, probability sigmoid(BIAS) = 0.047. */
    public static Map<String, Double> normalReading() {
        Map<String, Double> reading = new LinkedHashMap<>();
        for (int j = 0; j < TinyHazardModel.SIGNATURE_ORDER.size(); j++) {
            reading.put(TinyHazardModel.SIGNATURE_ORDER.get(j), TinyHazardModel.mean(j));
        }
        return reading;
    }

    /** A hot, gassy module: far above the threshold. */
    public static Map<String, Double> hazardousReading() {
        Map<String, Double> reading = normalReading();
        reading.compute(FeatureSchema.AVG_TEMP, (k, v) -> v + 60);
        reading.compute(FeatureSchema.MAX_TEMP, (k, v) -> v + 62);
        reading.compute(FeatureSchema.CO, (k, v) -> v + 400);
        reading.compute(FeatureSchema.H2, (k, v) -> v + 500);
        return reading;
    }

    /** A reading in between, for order and threshold tests; {@code shift} moves the temperatures. */
    public static Map<String, Double> readingWithTemperatureShift(double shift) {
        Map<String, Double> reading = normalReading();
        reading.compute(FeatureSchema.AVG_TEMP, (k, v) -> v + shift);
        reading.compute(FeatureSchema.MAX_TEMP, (k, v) -> v + shift);
        return reading;
    }

    /** The reading's features in FeatureSchema order, as the decoder hands them over. */
    public static double[] inSchemaOrder(Map<String, Double> reading) {
        double[] row = new double[FeatureSchema.FEATURE_COUNT];
        for (int i = 0; i < row.length; i++) {
            row[i] = reading.get(FeatureSchema.FEATURE_NAMES.get(i));
        }
        return row;
    }

    /** A JSON reading object with a Module_ID. */
    public static Map<String, Object> readingJson(String moduleId, Map<String, Double> reading) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(FeatureSchema.MODULE_ID, moduleId);
        json.putAll(reading);
        return json;
    }

    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
