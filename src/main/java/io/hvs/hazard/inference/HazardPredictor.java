package io.hvs.hazard.inference;

import java.util.ArrayList;
import java.util.List;

import org.tensorflow.exceptions.TensorFlowException;

import io.hvs.hazard.features.ClipBounds;
import io.hvs.hazard.features.FeaturePipeline;
import io.hvs.hazard.features.FeatureSchema;
import io.hvs.hazard.features.SensorHistory;
import io.hvs.hazard.model.LoadedModel;

/**
 * Scores a batch of readings with the served model: scales each reading into a row of a float32 [n, 30] tensor
 * and runs the rows through the model's session, either in the calling thread (one session call per batch) or on
 * the {@link InferenceBatcher}'s thread, together with the rows of concurrent callers; then checks and returns the
 * probabilities. Thread-safe. Closing it stops the batcher's thread (the Spring context does).
 */
public final class HazardPredictor implements AutoCloseable {

    private final ModelHolder holder;

    private final InferenceMetrics metrics;

    private final InferenceBatcher<LoadedModel> batcher;

    /** Session calls in the calling thread, without meters. */
    public HazardPredictor(ModelHolder holder) {
        this(holder, InferenceMetrics.none());
    }

    /** Session calls in the calling thread. */
    public HazardPredictor(ModelHolder holder, InferenceMetrics metrics) {
        this(holder, metrics, 0);
    }

    /**
     * @param maxBatchRows above 0: session calls run on a batching thread, shared by concurrent callers, at most
     * this many rows each (a caller with more runs alone); 0: in the calling thread
     */
    public HazardPredictor(ModelHolder holder, InferenceMetrics metrics, int maxBatchRows) {
        this.holder = holder;
        this.metrics = metrics;
        this.batcher = (maxBatchRows > 0) ? new InferenceBatcher<>(this::sessionCall, maxBatchRows) : null;
    }

    /** Whether session calls are shared by concurrent callers. */
    public boolean batching() {
        return this.batcher != null;
    }

    /** Stops the batching thread, if any: later calls fail with MODEL_NOT_READY. */
    @Override
    public void close() {
        if (this.batcher != null) {
            this.batcher.close();
        }
    }

    /**
     * @param rows one array per reading with the 30 features in {@link FeatureSchema#FEATURE_NAMES} order
     * @return the probabilities in the order of {@code rows}
     * @throws InferenceException when no model is ready, a value leaves the model's range, or TensorFlow fails
     */
    public Predictions predict(List<double[]> rows) {
        LoadedModel model = this.holder.acquire();
        try {
            return predict(model, rows);
        }
        finally {
            model.release();
        }
    }

    /**
     * Scores the newest reading of each raw history: its 30 features are computed by the training pipeline, clipped
     * with the served model's own clip bounds (acquired together, so a model swap cannot mix two runs).
     * @param histories one per module, oldest reading first, each with a complete newest reading
     * @return the probabilities in the order of {@code histories}
     * @throws InferenceException as {@link #predict}, or HISTORIES_UNSUPPORTED when the model has no clip bounds
     */
    public Predictions predictLatest(List<SensorHistory> histories) {
        LoadedModel model = this.holder.acquire();
        try {
            ClipBounds bounds = model.clipBounds()
                .orElseThrow(() -> InferenceException.historiesUnsupported(model.source().runId()));
            List<double[]> rows = new ArrayList<>(histories.size());
            for (SensorHistory history : histories) {
                rows.add(FeaturePipeline.latest(history, bounds));
            }
            return predict(model, rows);
        }
        finally {
            model.release();
        }
    }

    private Predictions predict(LoadedModel model, List<double[]> rows) {
        int columns = model.featureCount();
        float[] scaled = new float[rows.size() * columns];
        for (int i = 0; i < rows.size(); i++) {
            int overflow = model.scaleInto(rows.get(i), scaled, i * columns);
            if (overflow >= 0) {
                throw InferenceException.inputOutOfRange(i, FeatureSchema.FEATURE_NAMES.get(overflow));
            }
        }
        float[] probabilities = run(model, scaled, rows.size());
        this.metrics.recordPredictions(probabilities, model.decisionThreshold());
        return new Predictions(probabilities, model.decisionThreshold(), model.source());
    }

    private float[] sessionCall(LoadedModel model, float[] scaled, int rows, int requests) {
        long start = System.nanoTime();
        try {
            float[] probabilities = TensorCodec.run(model, scaled, rows);
            this.metrics.recordSessionCall(System.nanoTime() - start, requests);
            return probabilities;
        }
        catch (TensorFlowException | IllegalArgumentException | IllegalStateException ex) {
            throw InferenceException.internal("TensorFlow session call failed", ex);
        }
    }

    private float[] run(LoadedModel model, float[] scaled, int rows) {
        float[] probabilities = (this.batcher != null) ? this.batcher.run(model, scaled, rows)
                : sessionCall(model, scaled, rows, 1);
        for (int i = 0; i < probabilities.length; i++) {
            float p = probabilities[i];
            if (!(p >= 0f && p <= 1f)) {
                throw InferenceException.internal("model returned probability " + p + " for row " + i, null);
            }
        }
        return probabilities;
    }

}
