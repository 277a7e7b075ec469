package io.hvs.hazard.model;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.tensorflow.Output;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;

import io.hvs.hazard.features.ClipBounds;

/**
 * A model ready to serve: the SavedModel bundle, its scaler and its metadata. Thread-safe (a TensorFlow Session
 * is). Owns the bundle: {@link #close()} is called once by whoever loaded it (the model holder); the bundle is
 * freed when the last in-flight user has {@link #release() released} it, so a model can be swapped under load.
 */
public final class LoadedModel implements AutoCloseable {

    private final ModelSource source;

    private final ModelSpec spec;

    private final int[] schemaIndex;

    private final double[] mean;

    private final double[] scale;

    private final Optional<ClipBounds> clipBounds;

    private final SavedModelBundle bundle;

    private final String inputTensor;

    private final String outputTensor;

    // Resolved once: by name, every session call would look the operation up in the graph again.
    private final Output<?> input;

    private final Output<?> output;

    // 1 stands for the owner; each acquire adds one. The bundle closes when it drops to 0.
    private final AtomicInteger users = new AtomicInteger(1);

    private final AtomicBoolean closed = new AtomicBoolean();

    LoadedModel(ModelSource source, ModelSpec spec, int[] schemaIndex, ScalerArtifact scaler,
            Optional<ClipBounds> clipBounds, SavedModelBundle bundle, String inputTensor, String outputTensor) {
        this.source = source;
        this.spec = spec;
        this.schemaIndex = schemaIndex;
        this.mean = scaler.mean();
        this.scale = scaler.scale();
        this.clipBounds = clipBounds;
        this.bundle = bundle;
        this.inputTensor = inputTensor;
        this.outputTensor = outputTensor;
        this.input = bundle.graph().outputOrThrow(inputTensor);
        this.output = bundle.graph().outputOrThrow(outputTensor);
    }

    public ModelSource source() {
        return this.source;
    }

    public double decisionThreshold() {
        return this.spec.decisionThreshold();
    }

    /**
     * The per-sensor clip bounds training learned, which the features of a raw history are computed with; empty
     * when the run declares none (it then serves feature readings only).
     */
    public Optional<ClipBounds> clipBounds() {
        return this.clipBounds;
    }

    /** The features in the order the input tensor's columns are fed (the MLmodel signature's order). */
    public List<String> featureOrder() {
        return this.spec.inputNames();
    }

    public int featureCount() {
        return this.schemaIndex.length;
    }

    /**
     * Scales one reading into a row of the input tensor.
     * @param features the reading's features in FeatureSchema order
     * @param out the tensor buffer
     * @param offset where the row starts in {@code out}
     * @return -1, or the FeatureSchema index of a feature whose scaled value is outside the float32 range
     */
    public int scaleInto(double[] features, float[] out, int offset) {
        int overflow = -1;
        for (int j = 0; j < this.schemaIndex.length; j++) {
            float scaled = (float) ((features[this.schemaIndex[j]] - this.mean[j]) / this.scale[j]);
            out[offset + j] = scaled;
            if (!Float.isFinite(scaled) && overflow < 0) {
                overflow = this.schemaIndex[j];
            }
        }
        return overflow;
    }

    /** The session to run; only valid between {@link #acquire()} and {@link #release()}. */
    public Session session() {
        return this.bundle.session();
    }

    /** The graph tensor ("op:index") fed with the scaled [n, 30] float32 batch. */
    public String inputTensor() {
        return this.inputTensor;
    }

    /** The graph tensor ("op:index") holding the [n, 1] probabilities. */
    public String outputTensor() {
        return this.outputTensor;
    }

    /** The graph output {@link #inputTensor()} names: what the session call feeds. */
    public Output<?> input() {
        return this.input;
    }

    /** The graph output {@link #outputTensor()} names: what the session call fetches. */
    public Output<?> output() {
        return this.output;
    }

    /** Registers an in-flight user; {@code false} once the model is closed and must not be used any more. */
    public boolean acquire() {
        for (;;) {
            int current = this.users.get();
            if (current == 0) {
                return false;
            }
            if (this.users.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    /** Ends a use begun with {@link #acquire()}. */
    public void release() {
        if (this.users.decrementAndGet() == 0) {
            this.bundle.close();
        }
    }

    /** Retires the model; the bundle is closed now or when the last in-flight user releases it. Idempotent. */
    @Override
    public void close() {
        if (this.closed.compareAndSet(false, true)) {
            release();
        }
    }

}
