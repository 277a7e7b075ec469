package io.hvs.hazard.mlruns;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.hvs.hazard.mlruns.MlrunsFixtures.EXAMPLE_EXPERIMENT;
import static io.hvs.hazard.mlruns.MlrunsFixtures.EXAMPLE_RUN;
import static io.hvs.hazard.mlruns.MlrunsFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The independent check that we read what real MLflow writes: the spec's worked example (MLflow 2.20,
 * written on another machine under /home/alice), hand-written as PyYAML lays it out, read here and
 * re-emitted byte for byte.
 */
class WorkedExampleTests {

    @TempDir
    Path root;

    private MlrunsReader reader;

    private Path runDir;

    @BeforeEach
    void copyExample() {
        MlrunsFixtures.workedExample(this.root);
        this.reader = new MlrunsReader(MlrunsLayout.of(this.root));
        this.runDir = this.root.resolve(EXAMPLE_EXPERIMENT).resolve(EXAMPLE_RUN);
    }

    @Test
    void readsExperimentsAndTheRun() {
        assertThat(this.reader.experiments()).extracting(ExperimentMeta::name).containsExactly("Default",
                "tf-regressor");
        RunMeta run = this.reader.run(EXAMPLE_RUN);

        assertThat(run).isEqualTo(new RunMeta(EXAMPLE_RUN, EXAMPLE_EXPERIMENT, "gentle-fox-42", "alice",
                RunStatus.FINISHED, 1718000002000L, 1718000123456L,
                "file:///home/alice/proj/mlruns/912345678901234567/3f2b9c0d4e5a4b6c8d7e9f0a1b2c3d4e/artifacts",
                "active"));
    }

    @Test
    void readsParamsTagsAndTwoAndThreeFieldMetrics() {
        RunMeta run = this.reader.run(EXAMPLE_RUN);

        assertThat(this.reader.params(run)).isEqualTo(
                Map.of("epochs", "20", "learning_rate", "0.001", "scaler", "standard"));
        assertThat(this.reader.tags(run)).containsEntry("mlflow.source.name", "com.example.Train")
            .containsEntry("mlflow.runName", "gentle-fox-42")
            .hasSize(5);
        assertThat(this.reader.metricHistory(run).get("loss")).containsExactly(new Metric(1718000010000L, 0.4312, 0),
                new Metric(1718000020000L, 0.212, 1));
        assertThat(this.reader.latestMetrics(run)).isEqualTo(Map.of("loss", new Metric(1718000020000L, 0.212, 1),
                "val_rmse", new Metric(1718000030000L, 0.35, 0)));
    }

    @Test
    void readsTheMlmodelWithItsFoldedColumnSignature() {
        MlModel model = MlModelReader.read(this.reader.artifactsDir(this.reader.run(EXAMPLE_RUN)).resolve("model"));

        assertThat(model.signature().inputColumns()).containsExactly(ColumnSpec.required("sepal_length", "double"),
                new ColumnSpec("n", "long", false));
        assertThat(model.signature().outputColumns()).containsExactly(new ColumnSpec(null, "double", true));
        assertThat(model.signature().params())
            .isEqualTo("[{\"name\": \"threshold\", \"default\": 0.5, \"shape\": null, \"type\": \"double\"}]");
        assertThat(model.tensorflowFlavor()).contains(new TensorflowFlavor("tf2-module", "tf2model", List.of(), null));
        assertThat(model.flavors().get("python_function")).containsEntry("python_version", "3.11.7");
        assertThat(model.metadata()).isEqualTo(Map.of("scaler_artifact", "preprocessing/scaler.json"));
        assertThat(model.utcTimeCreated()).isEqualTo("2024-06-10 06:15:23.456789");
        assertThat(model.modelSizeBytes()).isEqualTo(123456L);
        assertThat(model.savedInputExampleInfo()).containsEntry("serving_input_path", "serving_input_example.json");
    }

    @Test
    void artifactsOfAnotherMachineResolveInsideThisRoot() {
        Path artifacts = this.reader.artifactsDir(this.reader.run(EXAMPLE_RUN));

        assertThat(artifacts).isEqualTo(this.runDir.resolve("artifacts"));
        assertThat(new ModelUriResolver(MlrunsLayout.of(this.root)).resolve("models:/tf-regressor@champion")
            .directory()).isEqualTo(this.runDir.resolve("artifacts/model"));
    }

    @Test
    void ourYamlWriterReproducesPyYamlOutputByteForByte() {
        Path runMeta = this.runDir.resolve("meta.yaml");
        Path expMeta = this.root.resolve(EXAMPLE_EXPERIMENT).resolve("meta.yaml");
        Path versionMeta = this.root.resolve("models/tf-regressor/version-1/meta.yaml");
        Path modelMeta = this.root.resolve("models/tf-regressor/meta.yaml");
        Path modelDir = this.runDir.resolve("artifacts/model");
        String mlmodel = read(modelDir.resolve("MLmodel"));

        assertThat(MlrunsYaml.dump(RunMeta.read(MlrunsYaml.read(runMeta)).toYaml())).isEqualTo(read(runMeta));
        assertThat(MlrunsYaml.dump(ExperimentMeta.read(MlrunsYaml.read(expMeta)).toYaml())).isEqualTo(read(expMeta));
        assertThat(MlrunsYaml.dump(ModelVersion.read(MlrunsYaml.read(versionMeta)).toYaml()))
            .isEqualTo(read(versionMeta));
        assertThat(MlrunsYaml.dump(RegisteredModel.read(MlrunsYaml.read(modelMeta)).toYaml()))
            .isEqualTo(read(modelMeta));
        MlModelWriter.write(modelDir, MlModelReader.read(modelDir));
        assertThat(read(modelDir.resolve("MLmodel"))).isEqualTo(mlmodel);
    }

}
