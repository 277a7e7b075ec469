package io.hvs.hazard.inference;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hvs.hazard.features.FeatureSchema;
import io.hvs.hazard.model.LoadedModel;
import io.hvs.hazard.model.ModelLoader;
import io.hvs.hazard.model.ModelSource;
import io.hvs.hazard.testsupport.TestFixtures;
import io.hvs.hazard.testsupport.TestFixtures.TinyRun;
import io.hvs.hazard.testsupport.TinyHazardModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class HazardPredictorTests {

    private static String runId;

    @TempDir
    static Path mlruns;

    private static ModelSource source;

    private static ModelHolder holder;

    private static HazardPredictor predictor;

    @BeforeAll
    static void loadModel() {
        TinyRun run = TestFixtures.writeRun(mlruns, 0.3, true);
        runId = run.runId();
        source = new ModelSource(runId, "runs:/" + runId + "/model", TestFixtures.MODEL_NAME, run.artifactsDir(),
                run.modelDir());
        holder = new ModelHolder();
        holder.load(() -> new ModelLoader().load(source));
        predictor = new HazardPredictor(holder);
    }

    @AfterAll
    static void closeModel() {
        holder.close();
    }

    @Test
    void batchProbabilitiesMatchTheKnownWeightsInRequestOrder() {
        List<Map<String, Double>> readings = List.of(TestFixtures.hazardousReading(), TestFixtures.normalReading(),
                TestFixtures.readingWithTemperatureShift(3), TestFixtures.readingWithTemperatureShift(-4));
        Predictions predictions = predictor.predict(readings.stream().map(TestFixtures::inSchemaOrder).toList());
        assertThat(predictions.size()).isEqualTo(4);
        for (int i = 0; i < readings.size(); i++) {
            assertThat(predictions.probability(i)).as("reading %d", i)
                .isCloseTo(TinyHazardModel.expectedProbability(readings.get(i)), within(1e-5));
        }
        assertThat(predictions.probability(0)).isGreaterThan(0.99);
        assertThat(predictions.probability(1)).isCloseTo(1 / (1 + Math.exp(3)), within(1e-6));
    }

    @Test
    void thresholdComesFromTheModel() {
        // Expected probability ~0.44: above this model's 0.3 but below the usual 0.5.
        Map<String, Double> middle = TestFixtures.readingWithTemperatureShift(25);
        assertThat(TinyHazardModel.expectedProbability(middle)).isBetween(0.35, 0.5);
        Predictions predictions = predictor
            .predict(List.of(TestFixtures.inSchemaOrder(middle), TestFixtures.inSchemaOrder(TestFixtures.normalReading())));
        assertThat(predictions.decisionThreshold()).isEqualTo(0.3);
        assertThat(predictions.hazard(0)).isEqualTo(1);
        assertThat(predictions.hazard(1)).isEqualTo(0);
        assertThat(predictions.model().runId()).isEqualTo(runId);
    }

    @Test
    void valueBeyondTheFloatRangeAfterScalingNamesReadingAndFeature() {
        double[] fine = TestFixtures.inSchemaOrder(TestFixtures.normalReading());
        double[] huge = fine.clone();
        // The fixture's smallest scale (0.25) belongs to the last schema feature.
        String feature = FeatureSchema.FEATURE_NAMES.get(FeatureSchema.FEATURE_COUNT - 1);
        huge[FeatureSchema.FEATURE_COUNT - 1] = 3.0e38;
        assertThatExceptionOfType(InferenceException.class).isThrownBy(() -> predictor.predict(List.of(fine, huge)))
            .satisfies((ex) -> {
                assertThat(ex.kind()).isEqualTo(InferenceException.Kind.INPUT_OUT_OF_RANGE);
                assertThat(ex.reading()).isEqualTo(1);
                assertThat(ex.feature()).isEqualTo(feature);
            });
    }

    @Test
    void batchingPredictorAnswersConcurrentCallersAsTheInlineOneDoes() throws Exception {
        List<double[]> readings = new java.util.ArrayList<>();
        for (int shift = -8; shift < 24; shift++) {
            readings.add(TestFixtures.inSchemaOrder(TestFixtures.readingWithTemperatureShift(shift)));
        }
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(8);
        try (HazardPredictor batching = new HazardPredictor(holder, InferenceMetrics.none(), 1000)) {
            assertThat(batching.batching()).isTrue();
            List<java.util.concurrent.Future<Predictions>> answers = new java.util.ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (int i = 0; i < readings.size(); i++) {
                    // One, two or three readings per call, so shared session calls join calls of different sizes.
                    List<double[]> rows = readings.subList(i, Math.min(readings.size(), i + 1 + i % 3));
                    answers.add(callers.submit(() -> batching.predict(rows)));
                }
            }
            int call = 0;
            for (int round = 0; round < 20; round++) {
                for (int i = 0; i < readings.size(); i++) {
                    List<double[]> rows = readings.subList(i, Math.min(readings.size(), i + 1 + i % 3));
                    Predictions expected = predictor.predict(rows);
                    Predictions actual = answers.get(call++).get(30, java.util.concurrent.TimeUnit.SECONDS);
                    // Equal up to float32 rounding: TensorFlow's kernels add in an order that depends on the row
                    // count, so a reading's last bit can differ with the rows it shares a session call with.
                    assertThat(actual.probabilities()).as("call %d", call)
                        .containsExactly(expected.probabilities(), within(1e-6f));
                }
            }
        }
        finally {
            callers.shutdownNow();
        }
    }

    @Test
    void closedBatchingPredictorAnswersModelNotReady() {
        HazardPredictor batching = new HazardPredictor(holder, InferenceMetrics.none(), 1000);
        batching.close();
        assertThatExceptionOfType(InferenceException.class)
            .isThrownBy(() -> batching.predict(List.of(TestFixtures.inSchemaOrder(TestFixtures.normalReading()))))
            .satisfies((ex) -> assertThat(ex.kind()).isEqualTo(InferenceException.Kind.MODEL_NOT_READY));
    }

    @Test
    void noModelMeansModelNotReady() {
        try (ModelHolder empty = new ModelHolder()) {
            assertThat(empty.state()).isEqualTo(ModelHolder.State.PENDING);
            assertThatExceptionOfType(InferenceException.class)
                .isThrownBy(() -> new HazardPredictor(empty).predict(List.of(new double[30])))
                .satisfies((ex) -> assertThat(ex.kind()).isEqualTo(InferenceException.Kind.MODEL_NOT_READY));
        }
    }

    @Test
    void failedLoadLeavesHolderFailed() {
        try (ModelHolder failing = new ModelHolder()) {
            assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> failing.load(() -> {
                throw new IllegalStateException("boom");
            }));
            assertThat(failing.state()).isEqualTo(ModelHolder.State.FAILED);
            assertThat(failing.failure()).isEqualTo("boom");
        }
    }

    @Test
    void swappedOutModelServesItsInFlightCallThenCloses() {
        try (ModelHolder swapping = new ModelHolder()) {
            swapping.load(() -> new ModelLoader().load(source));
            LoadedModel old = swapping.acquire();
            swapping.load(() -> new ModelLoader().load(source));
            float[] probability = TensorCodec.run(old, new float[FeatureSchema.FEATURE_COUNT], 1);
            assertThat((double) probability[0]).isCloseTo(1 / (1 + Math.exp(-TinyHazardModel.BIAS)), within(1e-6));
            old.release();
            assertThat(old.acquire()).as("closed after its last user").isFalse();
            LoadedModel current = swapping.acquire();
            assertThat(current).isNotSameAs(old);
            current.release();
        }
    }

}
