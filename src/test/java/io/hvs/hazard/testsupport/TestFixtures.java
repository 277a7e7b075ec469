package io.hvs.hazard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import io.hvs.hazard.features.FeatureSchema;

/**
 * Writes the tiny model as MLflow lays a run's artifacts out, and builds sample readings.
 */
public final class TestFixtures {

    public static final double THRESHOLD = 0.5;

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestFixtures() {
    }

    /**
     * Writes {@code model/} (MLmodel + tfmodel SavedModel) and {@code preprocessing/scaler.json} under a run's
     * artifacts folder.
     * @return the model folder
     */
    public static Path writeModelArtifacts(Path artifactsDir, double threshold) {
        try {
            Path modelDir = Files.createDirectories(artifactsDir.resolve("model"));
            TinyHazardModel.exportSavedModel(modelDir.resolve("tfmodel"));
            writeMlModel(modelDir, threshold);
            Path preprocessing = Files.createDirectories(artifactsDir.resolve("preprocessing"));
            writeScaler(preprocessing.resolve("scaler.json"), TinyHazardModel.SIGNATURE_ORDER);
            return modelDir;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
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

    private static void writeMlModel(Path modelDir, double threshold) throws IOException {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (String name : TinyHazardModel.SIGNATURE_ORDER) {
            inputs.add(column(name));
        }
        Map<String, Object> tf = new TreeMap<>();
        tf.put("model_type", "tf1-estimator");
        tf.put("saved_model_dir", "tfmodel");
        tf.put("meta_graph_tags", List.of("serve"));
        tf.put("signature_def_key", "serving_default");
        Map<String, Object> metadata = new TreeMap<>();
        metadata.put("hvs_schema_version", 1);
        metadata.put("scaler_artifact", "preprocessing/scaler.json");
        metadata.put("decision_threshold", threshold);
        metadata.put("tensor_input", "features");
        metadata.put("tensor_output", "hazard_probability");
        Map<String, Object> root = new TreeMap<>();
        root.put("artifact_path", "model");
        root.put("flavors", Map.of("tensorflow", tf));
        root.put("signature", Map.of("inputs", JSON.writeValueAsString(inputs), "outputs",
                JSON.writeValueAsString(List.of(column("hazard_probability")))));
        root.put("metadata", metadata);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Files.writeString(modelDir.resolve("MLmodel"), new Yaml(options).dump(root));
    }

    private static Map<String, Object> column(String name) {
        Map<String, Object> column = new LinkedHashMap<>();
        column.put("type", "float");
        column.put("name", name);
        column.put("required", true);
        return column;
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
