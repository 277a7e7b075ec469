package io.hvs.hazard.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.hvs.hazard.features.FeatureSchema;
import io.hvs.hazard.mlruns.Metric;
import io.hvs.hazard.mlruns.MlModel;
import io.hvs.hazard.mlruns.MlModelReader;
import io.hvs.hazard.mlruns.MlrunsLayout;
import io.hvs.hazard.mlruns.MlrunsReader;
import io.hvs.hazard.mlruns.ModelUriResolver;
import io.hvs.hazard.mlruns.RegistryReader;
import io.hvs.hazard.mlruns.ResolvedModel;
import io.hvs.hazard.mlruns.RunMeta;
import io.hvs.hazard.mlruns.RunStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MLflow run a training writes, read back through the mlruns reader, and its SavedModel loaded back.
 */
class MlflowRecordTests {

    private MlrunsReader reader;

    private RunMeta run;

    private Path artifacts;

    @BeforeEach
    void readRun() {
        this.reader = new MlrunsReader(MlrunsLayout.of(ReducedTrainingRun.mlruns()));
        this.run = this.reader.run(ReducedTrainingRun.get().runId());
        this.artifacts = this.reader.artifactsDir(this.run);
    }

    @Test
    void runIsFinishedInTheTrainingExperimentBesideDefault() {
        assertThat(this.reader.experiments()).extracting("name").contains("Default", "HVS_Fire_Prediction");
        assertThat(this.reader.experimentByName("HVS_Fire_Prediction").orElseThrow().experimentId())
            .isEqualTo(this.run.experimentId())
            .matches("\\d{18}");
        assertThat(this.run.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(this.run.runId()).matches("[0-9a-f]{32}");
    }

    @Test
    void paramsSayHowToReproduceTheRun() {
        Map<String, String> params = this.reader.params(this.run);
        assertThat(params).containsEntry("seed", "42").containsEntry("modules_per_rack", "4")
            .containsEntry("epochs", "30").containsEntry("held_out_racks", "RackA3,RackB3")
            .containsKeys("faults", "hidden_units", "learning_rate", "batch_size", "recall_target", "threshold_rule",
                    "clip_rule", "missing_rate", "outlier_rate", "test_fraction", "validation_fraction");
        assertThat(params.get("command")).startsWith("./mvnw -Ptrain -Dtrain.args=\"").contains("--modules_per_rack=4");
    }

    @Test
    void metricsCoverEverySplitAndTheLossPerEpoch() {
        Map<String, Metric> latest = this.reader.latestMetrics(this.run);
        for (String split : List.of("val", "test", "heldout")) {
            assertThat(latest).containsKeys(split + "_precision_1", split + "_recall_1", split + "_f1_1",
                    split + "_roc_auc", split + "_pr_auc");
        }
        assertThat(latest).containsKeys("heldout_lead_time_s_RackA3_Module04",
                "heldout_normal_false_alarms_per_module_day", "decision_threshold", "training_time_s");
        assertThat(this.reader.metricHistory(this.run).get("train_loss")).extracting(Metric::step)
            .hasSize(30)
            .startsWith(0L, 1L)
            .endsWith(29L);
    }

    @Test
    void tagsNameTheRunItsSourceAndTheLoggedModel() {
        Map<String, String> tags = this.reader.tags(this.run);
        assertThat(tags).containsKeys("mlflow.runName", "mlflow.user", "mlflow.source.type",
                "mlflow.log-model.history");
        assertThat(tags).containsEntry("mlflow.source.name", TrainingMain.class.getName())
            .containsEntry("mlflow.source.type", "LOCAL");
        assertThat(tags.get("mlflow.log-model.history")).contains("\"artifact_path\": \"model\"", "tf1-estimator");
    }

    @Test
    void everyArtifactOfTheContractIsThere() {
        for (String file : List.of("model/MLmodel", "model/tfmodel/saved_model.pb",
                "model/tfmodel/variables/variables.index", "model/input_example.json",
                "model/serving_input_example.json", "model/conda.yaml", "model/python_env.yaml",
                "model/requirements.txt", "preprocessing/scaler.json", "preprocessing/clip_bounds.json")) {
            assertThat(this.artifacts.resolve(file)).as(file).isRegularFile();
        }
        assertThat(ReducedTrainingRun.mlruns().resolve("0/meta.yaml")).isRegularFile();
        assertThat(ReducedTrainingRun.mlruns().resolve(".trash")).isDirectory();
    }

    @Test
    void mlmodelHasBothFlavorsTheThirtyColumnsAndTheThreshold() {
        MlModel model = MlModelReader.read(this.artifacts.resolve("model"));
        assertThat(model.flavors()).containsKeys("tensorflow", "python_function");
        assertThat(model.tensorflowFlavor().orElseThrow().modelType()).isEqualTo("tf1-estimator");
        assertThat(model.inputNames()).isEqualTo(FeatureSchema.FEATURE_NAMES);
        assertThat(model.signature().outputColumns()).extracting("name").containsExactly("hazard_probability");
        assertThat(model.metadata()).containsEntry("decision_threshold", ReducedTrainingRun.get().result().threshold())
            .containsEntry("scaler_artifact", "preprocessing/scaler.json")
            .containsEntry("clip_bounds_artifact", "preprocessing/clip_bounds.json")
            .containsEntry("hvs_schema_version", 1)
            .containsEntry("tensor_input", "features")
            .containsEntry("tensor_output", "hazard_probability");
        assertThat(model.runId()).isEqualTo(this.run.runId());
    }

    @Test
    void championAliasResolvesToVersionOneOfThisRun() {
        assertThat(new RegistryReader(MlrunsLayout.of(ReducedTrainingRun.mlruns()))
            .versionByAlias("hvs-hazard-classifier", "champion")
            .version()).isEqualTo(1);
        ResolvedModel resolved = new ModelUriResolver(MlrunsLayout.of(ReducedTrainingRun.mlruns()))
            .resolve("models:/hvs-hazard-classifier@champion");
        assertThat(resolved.runId()).isEqualTo(this.run.runId());
        assertThat(resolved.directory()).isEqualTo(this.artifacts.resolve("model"));
    }

}
