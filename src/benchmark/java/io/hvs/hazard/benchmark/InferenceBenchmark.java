package io.hvs.hazard.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.hvs.hazard.api.HazardRequestDecoder;
import io.hvs.hazard.inference.HazardPredictor;
import io.hvs.hazard.inference.ModelHolder;
import io.hvs.hazard.inference.Predictions;
import io.hvs.hazard.model.ModelLoader;
import io.hvs.hazard.model.ModelLocator;
import io.hvs.hazard.model.ModelProperties;
import io.hvs.hazard.model.TensorflowRuntime;

/**
 * In-process inference of the committed model (./mlruns, models:/hvs-hazard-classifier@champion) through the
 * serving {@link HazardPredictor}: scaling, one session call per batch, probabilities copied out. One calling
 * thread, as one request is served; readings/s = ops/s x batch. The readings are the sample of
 * events/test_payload.json, so the numbers are real features, not zeros. Runs as the service does: its JavaCPP
 * settings and collector, and TF_ENABLE_ONEDNN_OPTS from the environment (the benchmark script sets it to 0).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-XX:+UseSerialGC", "-Xmn64m" })
public class InferenceBenchmark {

    static {
        // As main() does, before any TensorFlow class loads in this (forked) JVM.
        TensorflowRuntime.applyServingDefaults();
    }

    @Param({ "1", "32", "1000" })
    int batch;

    private ModelHolder holder;

    private HazardPredictor predictor;

    private List<double[]> rows;

    @Setup(Level.Trial)
    public void load() throws IOException {
        ModelProperties properties = new ModelProperties("mlruns", "", "", "hvs-hazard-classifier", "champion");
        ModelLocator locator = new ModelLocator(properties);
        this.holder = new ModelHolder();
        this.holder.load(() -> new ModelLoader().load(locator.locate()));
        this.predictor = new HazardPredictor(this.holder);
        byte[] sample = Files.readAllBytes(Path.of("events", "test_payload.json"));
        double[] features = new HazardRequestDecoder(1).decode(sample).readings().get(0).features();
        this.rows = new ArrayList<>(this.batch);
        for (int i = 0; i < this.batch; i++) {
            double[] row = features.clone();
            // Vary one feature a little so the batch is not one row repeated.
            row[0] += i * 0.001;
            this.rows.add(row);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        this.holder.close();
    }

    @Benchmark
    public Predictions predict() {
        return this.predictor.predict(this.rows);
    }

}
