package io.hvs.hazard.inference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hvs.hazard.api.HazardRequestDecoder;
import io.hvs.hazard.features.SensorHistory;
import io.hvs.hazard.model.ModelLoader;
import io.hvs.hazard.model.ModelSource;
import io.hvs.hazard.testsupport.HistoryFixtures;
import io.hvs.hazard.testsupport.TestFixtures;
import io.hvs.hazard.testsupport.TestFixtures.TinyRun;
import io.hvs.hazard.testsupport.TinyHazardModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * Predicting from raw histories with the tiny model: features by the pipeline with the run's clip bounds, checked
 * against features worked out by hand; a model without clip bounds refuses histories.
 */
class HistoryPredictionTests {

    @TempDir
    Path mlruns;

    private static SensorHistory handMadeHistory() {
        String body = HistoryFixtures.body(HistoryFixtures.history("RackA1_Module01",
                HistoryFixtures.handMadeReadings()));
        return new HazardRequestDecoder(10).decode(body).histories().get(0).sensors();
    }

    private ModelHolder load(TinyRun run) {
        ModelSource source = new ModelSource(run.runId(), "runs:/" + run.runId() + "/model", TestFixtures.MODEL_NAME,
                run.artifactsDir(), run.modelDir());
        ModelHolder holder = new ModelHolder();
        holder.load(() -> new ModelLoader().load(source));
        return holder;
    }

    @Test
    void newestReadingIsScoredWithHandComputedFeatures() {
        try (ModelHolder holder = load(TestFixtures.writeRun(this.mlruns, 0.5, true))) {
            SensorHistory history = handMadeHistory();
            Predictions predictions = new HazardPredictor(holder)
                .predictLatest(List.of(history, history.prefix(2)));
            double expected = TinyHazardModel.expectedProbability(HistoryFixtures.handMadeFeatures());
            assertThat(predictions.probability(0)).isCloseTo(expected, within(1e-5));
            assertThat(predictions.size()).isEqualTo(2);
            assertThat(predictions.probability(1)).isNotCloseTo(expected, within(1e-3));
        }
    }

    @Test
    void modelWithoutClipBoundsRefusesHistories() throws IOException {
        TinyRun run = TestFixtures.writeRun(this.mlruns, 0.5, true);
        Path mlModel = run.modelDir().resolve("MLmodel");
        Files.writeString(mlModel,
                Files.readString(mlModel).replaceAll("(?m)^ *clip_bounds_artifact: .*\n", ""));
        try (ModelHolder holder = load(run)) {
            InferenceException ex = catchThrowableOfType(InferenceException.class,
                    () -> new HazardPredictor(holder).predictLatest(List.of(handMadeHistory())));
            assertThat(ex.kind()).isEqualTo(InferenceException.Kind.HISTORIES_UNSUPPORTED);
            assertThat(ex.kind().status()).isEqualTo(501);
            assertThat(ex.getMessage()).contains(run.runId()).doesNotContain(this.mlruns.toString());
        }
    }

}
