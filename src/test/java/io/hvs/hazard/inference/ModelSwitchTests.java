package io.hvs.hazard.inference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hvs.hazard.model.LoadedModel;
import io.hvs.hazard.model.ModelLoadException;
import io.hvs.hazard.model.ModelLoader;
import io.hvs.hazard.model.ModelProperties;
import io.hvs.hazard.testsupport.TestFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.spy;

/**
 * Switching models in process: atomic, without a failed call under load, every answer from the old or the new
 * model, every swapped-out model closed once (no use after close, no leak), and a failed load that changes
 * nothing but the failure signals.
 */
class ModelSwitchTests {

    @TempDir
    static Path storeDir;

    private static TwoModelStore store;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private final Queue<LoadedModel> loaded = new ConcurrentLinkedQueue<>();

    private ModelHolder holder;

    private ModelSwitcher switcher;

    @BeforeAll
    static void writeStore() {
        store = new TwoModelStore(storeDir);
    }

    @BeforeEach
    void loadA() {
        ModelLoader loader = spy(new ModelLoader());
        willAnswer((invocation) -> {
            LoadedModel model = (LoadedModel) invocation.callRealMethod();
            this.loaded.add(model);
            return model;
        }).given(loader).load(any());
        this.holder = new ModelHolder();
        this.switcher = new ModelSwitcher(this.holder, loader, new ModelLifecycleMetrics(this.registry));
        this.switcher.load(run(store.a.runId()), "test");
    }

    @AfterEach
    void close() {
        this.switcher.close();
        this.holder.close();
    }

    static ModelProperties run(String runId) {
        return run(store.root, runId);
    }

    static ModelProperties run(Path mlruns, String runId) {
        return new ModelProperties(mlruns.toString(), runId, "", TestFixtures.MODEL_NAME, "champion");
    }

    @Test
    void switchingUnderConcurrentLoadFailsNoCallAndAnswersFromOldOrNewModelOnly() throws Exception {
        HazardPredictor predictor = new HazardPredictor(this.holder);
        Map<String, Double> reading = TestFixtures.readingWithTemperatureShift(10);
        double expectedA = TwoModelStore.expectedA(reading);
        double expectedB = TwoModelStore.expectedB(reading);
        assertThat(expectedB - expectedA).as("the two models must be told apart").isGreaterThan(0.05);
        List<double[]> rows = List.of(TestFixtures.inSchemaOrder(reading));
        AtomicBoolean running = new AtomicBoolean(true);
        Queue<String> wrong = new ConcurrentLinkedQueue<>();
        ExecutorService workers = Executors.newFixedThreadPool(8);
        List<Future<Integer>> calls = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            calls.add(workers.submit(() -> {
                int count = 0;
                while (running.get()) {
                    Predictions answer = predictor.predict(rows);
                    double expected = answer.model().runId().equals(store.a.runId()) ? expectedA : expectedB;
                    if (Math.abs(answer.probability(0) - expected) > 1e-5) {
                        wrong.add(answer.model().runId() + " answered " + answer.probability(0));
                    }
                    count++;
                }
                return count;
            }));
        }
        int switches = 0;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        // A number of switches, not a time budget: on a busy machine a load can take most of a second.
        while (switches < 6 || System.nanoTime() < end) {
            this.switcher.load(run(((switches % 2) == 0) ? store.b.runId() : store.a.runId()), "test");
            switches++;
        }
        running.set(false);
        workers.shutdown();
        int answered = 0;
        for (Future<Integer> call : calls) {
            // get() rethrows a worker's exception: a call on a closed session would fail the test here.
            answered += call.get(10, TimeUnit.SECONDS);
        }
        assertThat(wrong).isEmpty();
        assertThat(answered).isGreaterThan(switches);
        List<LoadedModel> all = List.copyOf(this.loaded);
        assertThat(all).hasSize(switches + 1);
        // Every model but the served one is closed: its last in-flight user released it.
        LoadedModel served = this.holder.acquire();
        served.release();
        for (LoadedModel model : all) {
            if (model != served) {
                assertThat(model.acquire()).as("swapped-out model still open").isFalse();
            }
        }
        this.holder.close();
        assertThat(served.acquire()).as("closed with the holder").isFalse();
    }

    @Test
    void aFailedSwitchKeepsServingTheOldModelAndSaysSo() {
        ModelProperties missing = run("0123456789abcdef0123456789abcdef");
        assertThatExceptionOfType(ModelLoadException.class).isThrownBy(() -> this.switcher.load(missing, "test"))
            .withMessageContaining("0123456789abcdef0123456789abcdef");
        assertThat(this.holder.state()).isEqualTo(ModelHolder.State.READY);
        Predictions answer = new HazardPredictor(this.holder)
            .predict(List.of(TestFixtures.inSchemaOrder(TestFixtures.normalReading())));
        assertThat(answer.model().runId()).isEqualTo(store.a.runId());
        assertThat(answer.probability(0)).isCloseTo(TwoModelStore.expectedA(TestFixtures.normalReading()),
                within(1e-5));
        assertThat(this.switcher.served().source().runId()).isEqualTo(store.a.runId());
        assertThat(this.switcher.lastLoad().failed()).isTrue();
        assertThat(this.switcher.lastLoad().requestedUri()).isEqualTo("runs:/0123456789abcdef0123456789abcdef/model");
        assertThat(this.registry.get("hvs.model.load.failing").gauge().value()).isEqualTo(1.0);
        assertThat(this.registry.get("hvs.model.load").tag("outcome", "failure").timer().count()).isEqualTo(1);
        assertThat(this.registry.get("hvs.model.info").gauges()).singleElement()
            .satisfies((gauge) -> assertThat(gauge.getId().getTag("run_id")).isEqualTo(store.a.runId()));
    }

    @Test
    void theInfoMetricAndTrainingMetricsFollowTheServedModel() {
        assertThat(this.switcher.served().trainingMetrics()).containsEntry("val_auc", TwoModelStore.VAL_AUC);
        this.switcher.load(new ModelProperties(store.root.toString(), "", "models:/" + TestFixtures.MODEL_NAME + "/"
                + store.b.version(), TestFixtures.MODEL_NAME, "champion"), "test");
        assertThat(this.registry.get("hvs.model.info").gauges()).singleElement().satisfies((gauge) -> {
            assertThat(gauge.value()).isEqualTo(1.0);
            assertThat(gauge.getId().getTag("run_id")).isEqualTo(store.b.runId());
            assertThat(gauge.getId().getTag("model_name")).isEqualTo(TestFixtures.MODEL_NAME);
            assertThat(gauge.getId().getTag("version")).isEqualTo(Integer.toString(store.b.version()));
        });
        assertThat(this.switcher.served().trainingMetrics()).isEmpty();
        assertThat(this.registry.get("hvs.model.load.failing").gauge().value()).isZero();
        assertThat(this.registry.get("hvs.model.load").tag("outcome", "success").timer().count()).isEqualTo(2);
    }

}
