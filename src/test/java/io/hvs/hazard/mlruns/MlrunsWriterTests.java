package io.hvs.hazard.mlruns;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.hvs.hazard.mlruns.MlrunsFixtures.MODEL_NAME;
import static io.hvs.hazard.mlruns.MlrunsFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MlrunsWriterTests {

    @TempDir
    Path root;

    @Test
    void openingCreatesDefaultExperimentAndTrash() {
        new MlrunsWriter(MlrunsLayout.of(this.root), MlrunsFixtures.clock(), new Random(1));

        assertThat(this.root.resolve(".trash")).isDirectory();
        assertThat(read(this.root.resolve("0/meta.yaml"))).isEqualTo("""
                artifact_location: %s
                creation_time: 1718000123456
                experiment_id: '0'
                last_update_time: 1718000123456
                lifecycle_stage: active
                name: Default
                """.formatted("file://" + this.root.toAbsolutePath() + "/0"));
    }

    @Test
    void readerReadsBackEverythingTheWriterWrote() {
        RunWriter run = MlrunsFixtures.writeCompleteRun(this.root, 42);
        MlrunsReader reader = new MlrunsReader(MlrunsLayout.of(this.root));

        RunMeta meta = reader.run(run.runId());
        assertThat(meta.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(meta.endTime()).isEqualTo(MlrunsFixtures.NOW.toEpochMilli());
        assertThat(meta.runName()).isEqualTo("steady-owl-7");
        assertThat(meta.userId()).isEqualTo("alice");
        assertThat(meta.experimentId()).isEqualTo(reader.experimentByName("HVS_Fire_Prediction").orElseThrow()
            .experimentId());
        assertThat(reader.params(meta)).containsExactlyInAnyOrderEntriesOf(
                Map.of("learning_rate", "0.001", "epochs", "20", "seed", "42"));
        assertThat(reader.metricHistory(meta).get("loss")).containsExactly(new Metric(1718000123000L, 0.5, 0),
                new Metric(1718000124000L, 0.25, 1));
        assertThat(reader.latestMetrics(meta)).containsEntry("test/recall", new Metric(1718000125000L, 0.99, 0));
        assertThat(reader.tags(meta)).containsEntry("mlflow.runName", "steady-owl-7")
            .containsEntry("mlflow.user", "alice")
            .containsEntry("mlflow.source.name", "TrainingMain")
            .containsEntry("mlflow.source.type", "LOCAL")
            .containsEntry("mlflow.source.git.commit", "abc123")
            .containsKey("mlflow.log-model.history");

        MlModel model = MlModelReader.read(reader.artifactsDir(meta).resolve("model"));
        assertThat(model.inputNames()).containsExactlyElementsOf(MlrunsFixtures.INPUTS);
        assertThat(model.signature().outputColumns())
            .containsExactly(ColumnSpec.required("hazard_probability", "float"));
        assertThat(model.tensorflowFlavor()).contains(
                new TensorflowFlavor("tf1-estimator", "tfmodel", List.of("serve"), "serving_default"));
        assertThat(model.metadata()).containsEntry("hvs_schema_version", 1)
            .containsEntry("decision_threshold", 0.42)
            .containsEntry("scaler_artifact", "preprocessing/scaler.json");
        assertThat(model.runId()).isEqualTo(run.runId());
        assertThat(model.utcTimeCreated()).isEqualTo("2024-06-10 06:15:23.456789");
        assertThat(model.modelSizeBytes()).isPositive();

        RegistryReader registry = new RegistryReader(MlrunsLayout.of(this.root));
        assertThat(registry.versionByAlias(MODEL_NAME, "champion").runId()).isEqualTo(run.runId());
        assertThat(registry.registeredModel(MODEL_NAME).aliases()).isEqualTo(Map.of("champion", "1"));
    }

    @Test
    void everyFileOfTheChecklistIsThere() {
        RunWriter run = MlrunsFixtures.writeCompleteRun(this.root, 42);
        Path runDir = this.root.resolve(run.experimentId()).resolve(run.runId());

        assertThat(this.root.resolve("0/meta.yaml")).isRegularFile();
        assertThat(this.root.resolve(".trash")).isDirectory();
        assertThat(this.root.resolve(run.experimentId()).resolve("meta.yaml")).isRegularFile();
        for (String file : List.of("meta.yaml", "params/learning_rate", "metrics/loss", "metrics/test/recall",
                "tags/mlflow.runName", "tags/mlflow.user", "tags/mlflow.source.name", "tags/mlflow.source.type",
                "tags/mlflow.source.git.commit", "tags/mlflow.log-model.history", "artifacts/model/MLmodel",
                "artifacts/model/conda.yaml", "artifacts/model/python_env.yaml", "artifacts/model/requirements.txt",
                "artifacts/model/input_example.json", "artifacts/preprocessing/scaler.json")) {
            assertThat(runDir.resolve(file)).as(file).isRegularFile();
        }
        Path model = this.root.resolve("models").resolve(MODEL_NAME);
        assertThat(model.resolve("meta.yaml")).isRegularFile();
        assertThat(model.resolve("version-1/meta.yaml")).isRegularFile();
        assertThat(read(model.resolve("aliases/champion"))).isEqualTo("1");
    }

    @Test
    void runMetaHasEveryMlflow2KeyWithQuotedIdsAndPlainInts() {
        RunWriter run = MlrunsFixtures.writeCompleteRun(this.root, 42);
        String id = run.runId();
        String exp = run.experimentId();
        long now = MlrunsFixtures.NOW.toEpochMilli();

        assertThat(read(this.root.resolve(exp).resolve(id).resolve("meta.yaml"))).isEqualTo("""
                artifact_uri: file://%s/%s/%s/artifacts
                end_time: %d
                entry_point_name: ''
                experiment_id: '%s'
                lifecycle_stage: active
                run_id: %s
                run_name: steady-owl-7
                run_uuid: %s
                source_name: ''
                source_type: 4
                source_version: ''
                start_time: %d
                status: 3
                tags: []
                user_id: alice
                """.formatted(this.root.toAbsolutePath(), exp, id, now, exp, id, id, now));
    }

    @Test
    void paramsAndTagsHaveNoTrailingNewlineAndMetricsAreTimestampValueStepLines() {
        RunWriter run = MlrunsFixtures.writeCompleteRun(this.root, 42);
        Path runDir = this.root.resolve(run.experimentId()).resolve(run.runId());

        assertThat(read(runDir.resolve("params/learning_rate"))).isEqualTo("0.001");
        assertThat(read(runDir.resolve("tags/mlflow.user"))).isEqualTo("alice");
        assertThat(read(runDir.resolve("metrics/loss"))).isEqualTo("1718000123000 0.5 0\n1718000124000 0.25 1\n");
    }

    @Test
    void paramsAreImmutable() {
        RunWriter run = MlrunsFixtures.writeCompleteRun(this.root, 42);

        run.logParam("epochs", "20");
        assertThatThrownBy(() -> run.logParam("epochs", "21")).isInstanceOfSatisfying(MlrunsException.class,
                (ex) -> assertThat(ex.kind()).isEqualTo(MlrunsException.Kind.CONFLICT))
            .hasMessageContaining("param 'epochs'")
            .hasMessageContaining("'20'");
    }

    @Test
    void keysThatWouldLeaveTheFolderAreRejected() {
        RunWriter run = MlrunsFixtures.writeCompleteRun(this.root, 42);

        assertThatThrownBy(() -> run.setTag("../escape", "x")).hasMessageContaining("invalid tag key '../escape'");
        assertThatThrownBy(() -> run.logMetric("/abs", 1, 0)).hasMessageContaining("invalid metric key '/abs'");
    }

    @Test
    void aSeedGivesTheSameMlflowShapedIds(@TempDir Path other) {
        RunWriter first = MlrunsFixtures.writeCompleteRun(this.root, 7);
        RunWriter second = MlrunsFixtures.writeCompleteRun(other, 7);

        assertThat(first.experimentId()).matches("[1-9][0-9]{17}").isEqualTo(second.experimentId());
        assertThat(first.runId()).matches("[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}").isEqualTo(second.runId());
    }

    @Test
    void anExistingRunIdIsAConflict() {
        RunWriter run = MlrunsFixtures.writeCompleteRun(this.root, 42);
        MlrunsWriter writer = MlrunsWriter.open(this.root);

        assertThatThrownBy(() -> writer.startRun(run.experimentId(), RunOptions.defaults().withRunId(run.runId())))
            .hasMessageContaining("run " + run.runId() + " exists already");
    }

    @Test
    void getOrCreateExperimentFindsTheExistingOne() {
        MlrunsWriter writer = MlrunsWriter.open(this.root);
        String id = writer.getOrCreateExperiment("HVS_Fire_Prediction");

        assertThat(writer.getOrCreateExperiment("HVS_Fire_Prediction")).isEqualTo(id);
        assertThat(writer.getOrCreateExperiment("Default")).isEqualTo("0");
    }

}
