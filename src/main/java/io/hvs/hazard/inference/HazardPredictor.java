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
 * Scores a batch of readings with the served model: scales each reading while filling one float32 [n, 30]
 * tensor, makes one session call for the whole batch and copies the probabilities out. Thread-safe.
 */
public final class HazardPredictor {

    private final ModelHolder holder;

    private final InferenceMetrics metrics;

    public HazardPredictor(ModelHolder holder) {
        this(holder, InferenceMetrics.none());
    }

    public HazardPredictor(ModelHolder holder, InferenceMetrics metrics) {
        this.holder = holder;
        this.metrics = metrics;
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

    private float[] run(LoadedModel model, float[] scaled, int rows) {
        float[] probabilities;
        long start = System.nanoTime();
        try {
            probabilities = TensorCodec.run(model, scaled, rows);
            this.metrics.recordSessionCall(System.nanoTime() - start);
        }
        catch (TensorFlowException | IllegalArgumentException | IllegalStateException ex) {
            throw InferenceException.internal("TensorFlow session call failed", ex);
        }
        for (int i = 0; i < probabilities.length; i++) {
            float p = probabilities[i];
            if (!(p >= 0f && p <= 1f)) {
                throw InferenceException.internal("model returned probability " + p + " for row " + i, null);
            }
        }
        return probabilities;
    }

}
