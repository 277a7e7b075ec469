package io.hvs.hazard.mlruns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/** Shared fixtures: the hand-written worked example and a complete run written by MlrunsWriter. */
final class MlrunsFixtures {

    static final String EXAMPLE_EXPERIMENT = "912345678901234567";

    static final String EXAMPLE_RUN = "3f2b9c0d4e5a4b6c8d7e9f0a1b2c3d4e";

    static final Instant NOW = Instant.parse("2024-06-10T06:15:23.456789Z");

    static final String MODEL_NAME = "hvs-hazard-classifier";

    static final List<String> INPUTS = List.of("Module_Avg_Surface_Temp_C", "Module_Voltage_V", "Module_SoC_percent");

    private MlrunsFixtures() {
    }

    static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** Copies the hand-written MLflow 2.20 worked example (spec section 5) into {@code target}. */
    static Path workedExample(Path target) {
        try {
            Path source = Path.of(MlrunsFixtures.class.getResource("/mlflow-2.20-worked-example/mlruns").toURI());
            copyTree(source, target);
            return target;
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static void copyTree(Path source, Path target) {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path from : walk.toList()) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                }
                else {
                    Files.copy(from, to);
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A finished run with params, metrics, a model, a scaler artifact, registered as version 1 with alias champion. */
    static RunWriter writeCompleteRun(Path root, long seed) {
        MlrunsWriter writer = new MlrunsWriter(MlrunsLayout.of(root), clock(), new Random(seed));
        String experimentId = writer.getOrCreateExperiment("HVS_Fire_Prediction");
        RunWriter run = writer.startRun(experimentId,
                RunOptions.defaults().withRunName("steady-owl-7").withUserId("alice").withSourceName("TrainingMain"));
        run.logParam("learning_rate", 0.001).logParam("epochs", 20).logParam("seed", seed);
        run.logMetric("loss", 0.5, 0, 1718000123000L).logMetric("loss", 0.25, 1, 1718000124000L);
        run.logMetric("test/recall", 0.99, 0, 1718000125000L);
        run.setTag("mlflow.source.git.commit", "abc123");
        Path modelDir = run.artifactDir("model");
        write(modelDir.resolve("tfmodel/saved_model.pb"), "not a real graph");
        write(modelDir.resolve("input_example.json"), "[[1.0, 2.0, 3.0]]");
        PythonEnvFiles.write(modelDir, "3.10", List.of("mlflow==2.20.0", "tensorflow==2.16.1"));
        write(run.artifactDir("preprocessing").resolve("scaler.json"), "{\"type\":\"StandardScaler\"}");
        ModelSignature signature = ModelSignature.ofColumns(
                INPUTS.stream().map((name) -> ColumnSpec.required(name, "float")).toList(),
                List.of(ColumnSpec.required("hazard_probability", "float")));
        MlModel model = MlModel.tensorflow("model", TensorflowFlavor.tf1Estimator("tfmodel", "serving_default"),
                PythonFunctionFlavor.tensorflow("3.10"), signature,
                Map.of(ModelMetadataKeys.SCHEMA_VERSION, 1, ModelMetadataKeys.DECISION_THRESHOLD, 0.42,
                        ModelMetadataKeys.SCALER_ARTIFACT,
                        "preprocessing/scaler.json"),
                "0a1b2c3d4e5f40718293a4b5c6d7e8f9", NOW)
            .withSavedInputExampleInfo(Map.of("artifact_path", "input_example.json", "type", "ndarray"));
        run.logModel(model);
        run.finish();
        RegistryWriter registry = writer.registry();
        registry.registerVersion(MODEL_NAME, run.runId(), "model");
        registry.setAlias(MODEL_NAME, "champion", 1);
        return run;
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
