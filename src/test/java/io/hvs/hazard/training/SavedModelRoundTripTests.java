package io.hvs.hazard.training;

import java.nio.file.Path;

import io.hvs.hazard.mlruns.MlrunsLayout;
import io.hvs.hazard.mlruns.MlrunsReader;
import org.junit.jupiter.api.Test;
import org.tensorflow.Signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The exported SavedModel, loaded back with SavedModelBundle.load and fed through scaler.json, gives the
 * probabilities training computed, and the sample payloads get 0 and 1.
 */
class SavedModelRoundTripTests {

    @Test
    void servingSignatureTakesThirtyFeaturesAndGivesOneProbability() throws Exception {
        try (SavedModelScorer scorer = new SavedModelScorer(artifacts())) {
            Signature signature = scorer.bundle().function("serving_default").signature();
            assertThat(signature.getInputs()).containsOnlyKeys("features");
            assertThat(signature.getInputs().get("features").shape.asArray()).containsExactly(-1, 30);
            assertThat(signature.getOutputs()).containsOnlyKeys("hazard_probability");
            assertThat(signature.getOutputs().get("hazard_probability").shape.asArray()).containsExactly(-1, 1);
        }
    }

    @Test
    void reloadedModelScoresLikeTraining() throws Exception {
        TrainingResult result = ReducedTrainingRun.get().result();
        PreparedData data = result.data();
        int faulty = data.split().heldOutModules().stream()
            .filter((m) -> data.modules().get(m).fault().isPresent()).findFirst().orElseThrow();
        int[] rows = data.moduleRows(faulty);
        double[][] features = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            features[i] = data.features()[rows[i]];
        }
        try (SavedModelScorer scorer = new SavedModelScorer(artifacts())) {
            float[] scores = scorer.score(features);
            for (int i = 0; i < rows.length; i++) {
                assertThat(scores[i]).isCloseTo(result.scores()[rows[i]], within(1e-6f));
            }
        }
    }

    @Test
    void samplePayloadsAreAnsweredZeroAndOne() throws Exception {
        double threshold = ReducedTrainingRun.get().result().threshold();
        try (SavedModelScorer scorer = new SavedModelScorer(artifacts())) {
            float normal = scorer.score(SavedModelScorer.payloadRows(ReducedTrainingRun.events()
                .resolve("test_payload.json")))[0];
            float hazardous = scorer.score(SavedModelScorer.payloadRows(ReducedTrainingRun.events()
                .resolve("test_payload_hazardous.json")))[0];
            assertThat(normal).isLessThan((float) threshold);
            assertThat(hazardous).isGreaterThanOrEqualTo((float) threshold);
        }
    }

    private static Path artifacts() {
        MlrunsReader reader = new MlrunsReader(MlrunsLayout.of(ReducedTrainingRun.mlruns()));
        return reader.artifactsDir(reader.run(ReducedTrainingRun.get().runId()));
    }

}
