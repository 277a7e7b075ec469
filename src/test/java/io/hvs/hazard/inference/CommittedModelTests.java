package io.hvs.hazard.inference;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import io.hvs.hazard.mlruns.Metric;
import io.hvs.hazard.mlruns.MlrunsLayout;
import io.hvs.hazard.mlruns.MlrunsReader;
import io.hvs.hazard.mlruns.RunMeta;
import io.hvs.hazard.model.ModelLoader;
import io.hvs.hazard.model.ModelLocator;
import io.hvs.hazard.model.ModelProperties;
import io.hvs.hazard.model.ModelSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository's own mlruns/ and events/: the model serving picks by default (models:/hvs-hazard-classifier@champion
 * in ./mlruns) is the committed training run, it meets the quality bars, and it answers the sample payloads 0 and 1.
 */
class CommittedModelTests {

    private static final ModelProperties DEFAULTS = new ModelProperties("./mlruns", "", "", "hvs-hazard-classifier",
            "champion");

    @Test
    void defaultModelIsTheCommittedTrainingRunAndMeetsTheBars() {
        ModelSource source = new ModelLocator(DEFAULTS).locate();
        MlrunsReader reader = new MlrunsReader(MlrunsLayout.of(Path.of("mlruns")));
        RunMeta run = reader.run(source.runId());
        assertThat(reader.params(run)).containsEntry("command", "./mvnw -Ptrain").containsEntry("seed", "42");
        Map<String, Metric> metrics = reader.latestMetrics(run);
        assertThat(metrics.get("test_recall_1").value()).isGreaterThanOrEqualTo(0.98);
        assertThat(metrics.get("test_precision_1").value()).isGreaterThanOrEqualTo(0.95);
        assertThat(metrics.get("test_pr_auc").value()).isGreaterThanOrEqualTo(0.98);
        assertThat(metrics.get("heldout_recall_1").value()).isGreaterThanOrEqualTo(0.95);
        assertThat(metrics.get("heldout_max_lead_time_s").value()).isBetween(0.0, 60.0);
        assertThat(metrics.get("heldout_normal_false_alarms_per_module_day").value()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void committedModelAnswersTheSamplePayloads() throws IOException {
        try (ModelHolder holder = new ModelHolder()) {
            holder.load(() -> new ModelLoader().load(new ModelLocator(DEFAULTS).locate()));
            HazardPredictor predictor = new HazardPredictor(holder);
            Predictions normal = predictor.predict(TrainedModelServingTests.rows(Path.of("events/test_payload.json")));
            Predictions hazardous = predictor
                .predict(TrainedModelServingTests.rows(Path.of("events/test_payload_hazardous.json")));
            assertThat(normal.hazard(0)).isZero();
            assertThat(normal.probability(0)).isLessThan(0.01);
            assertThat(hazardous.hazard(0)).isOne();
            assertThat(hazardous.probability(0)).isGreaterThan(0.99);
        }
    }

}
