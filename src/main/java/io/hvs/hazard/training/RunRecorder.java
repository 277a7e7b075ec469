package io.hvs.hazard.training;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.hvs.hazard.features.FeatureSchema;
import io.hvs.hazard.mlruns.ColumnSpec;
import io.hvs.hazard.mlruns.MlModel;
import io.hvs.hazard.mlruns.ModelMetadataKeys;
import io.hvs.hazard.mlruns.ModelSignature;
import io.hvs.hazard.mlruns.PythonEnvFiles;
import io.hvs.hazard.mlruns.PythonFunctionFlavor;
import io.hvs.hazard.mlruns.RunWriter;
import io.hvs.hazard.mlruns.TensorflowFlavor;

/**
 * Writes what a finished {@link TrainingPipeline} produced into its MLflow run: the preprocessing artifacts, the
 * model's MLmodel (tf1-estimator + python_function flavors, the 30-column signature, an input example, the team's
 * metadata), params, metrics and the tags that are not written at run start. The SavedModel is already in
 * {@code artifacts/model/tfmodel}.
 */
final class RunRecorder {

    static final String MODEL_PATH = "model";

    static final String SAVED_MODEL_DIR = "tfmodel";

    static final String PYTHON_VERSION = "3.11.7";

    static final int SCHEMA_VERSION = 1;

    private RunRecorder() {
    }

    static void record(RunWriter run, TrainingProperties properties, TrainingResult result, Map<String, String> extra,
            double trainingSeconds) {
        Path preprocessing = run.artifactDir("preprocessing");
        PreprocessingArtifacts.writeScaler(preprocessing.resolve(PreprocessingArtifacts.SCALER), result.data().scaler());
        PreprocessingArtifacts.writeClipBounds(preprocessing.resolve(PreprocessingArtifacts.CLIP_BOUNDS),
                result.data().clipBounds());
        Path modelDir = run.artifactDir(MODEL_PATH);
        writeInputExamples(modelDir, result);
        PythonEnvFiles.write(modelDir, PYTHON_VERSION,
                List.of("mlflow==" + MlModel.MLFLOW_VERSION, "tensorflow==" + org.tensorflow.TensorFlow.version()));
        run.logModel(mlModel(result.threshold(), new Random(properties.seed())));

        properties.asParams().forEach(run::logParam);
        extra.forEach(run::logParam);
        result.metrics().forEach((key, value) -> run.logMetric(key, value, 0));
        for (int epoch = 0; epoch < result.epochLosses().size(); epoch++) {
            run.logMetric("train_loss", result.epochLosses().get(epoch), epoch);
        }
        run.logMetric("training_time_s", trainingSeconds, 0);
    }

    static MlModel mlModel(double threshold, Random random) {
        List<ColumnSpec> inputs = new ArrayList<>();
        FeatureSchema.FEATURE_NAMES.forEach((name) -> inputs.add(ColumnSpec.required(name, "float")));
        ModelSignature signature = ModelSignature.ofColumns(inputs,
                List.of(ColumnSpec.required(HazardGraph.OUTPUT, "float")));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(ModelMetadataKeys.SCHEMA_VERSION, SCHEMA_VERSION);
        metadata.put(ModelMetadataKeys.SCALER_ARTIFACT, "preprocessing/" + PreprocessingArtifacts.SCALER);
        metadata.put(ModelMetadataKeys.CLIP_BOUNDS_ARTIFACT, "preprocessing/" + PreprocessingArtifacts.CLIP_BOUNDS);
        metadata.put(ModelMetadataKeys.DECISION_THRESHOLD, threshold);
        metadata.put(ModelMetadataKeys.TENSOR_INPUT, HazardGraph.INPUT);
        metadata.put(ModelMetadataKeys.TENSOR_OUTPUT, HazardGraph.OUTPUT);
        String uuid = String.format("%016x%016x", random.nextLong(), random.nextLong());
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("artifact_path", "input_example.json");
        example.put("pandas_orient", "split");
        example.put("serving_input_path", "serving_input_example.json");
        example.put("type", "dataframe");
        return MlModel.tensorflow(MODEL_PATH, TensorflowFlavor.tf1Estimator(SAVED_MODEL_DIR, "serving_default"),
                PythonFunctionFlavor.tensorflow(PYTHON_VERSION), signature, metadata, uuid, Instant.now())
            .withSavedInputExampleInfo(example);
    }

    /** One hazardous held-out reading's 30 raw features, as MLflow stores a DataFrame example (split orient). */
    private static void writeInputExamples(Path modelDir, TrainingResult result) {
        PreparedData data = result.data();
        int faulty = data.split().heldOutModules().stream()
            .filter((m) -> data.modules().get(m).fault().isPresent())
            .findFirst()
            .orElseThrow();
        double[] row = data.features()[data.offsets()[faulty] + data.modules().get(faulty).fault().get().onsetStep()];
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("columns", FeatureSchema.FEATURE_NAMES);
        split.put("data", List.of(row));
        PreprocessingArtifacts.write(modelDir.resolve("input_example.json"), split);
        PreprocessingArtifacts.write(modelDir.resolve("serving_input_example.json"), Map.of("dataframe_split", split));
    }

}
