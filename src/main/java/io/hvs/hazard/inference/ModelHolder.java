package io.hvs.hazard.inference;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.hvs.hazard.model.LoadedModel;
import io.hvs.hazard.model.ModelLoadException;
import io.hvs.hazard.model.TensorflowRuntime;

/**
 * Holds the model being served behind an atomic reference, with its state (PENDING until a model is loaded and
 * warmed up, READY, or FAILED). Thread-safe. A new model can be {@link #load loaded} while the old one serves;
 * the old one is closed once its in-flight calls are done. Spring closes the holder, which closes the model.
 */
public final class ModelHolder implements AutoCloseable {

    /** Serving state of the holder. */
    public enum State {

        PENDING, READY, FAILED

    }

    private static final Log logger = LogFactory.getLog(ModelHolder.class);

    private final AtomicReference<LoadedModel> current = new AtomicReference<>();

    private volatile State state = State.PENDING;

    private volatile String failure;

    /**
     * Loads a model, runs one warm-up inference, then makes it the served model. On failure the state becomes
     * FAILED (unless a model is already being served) and the exception is rethrown.
     * @param loader loads the model; the holder owns what it returns
     * @throws ModelLoadException when the model cannot be loaded or warmed up
     */
    public void load(Supplier<LoadedModel> loader) {
        LoadedModel model;
        try {
            model = loader.get();
        }
        catch (RuntimeException ex) {
            fail(ex.getMessage());
            throw ex;
        }
        try {
            // One real inference before READY: the first session run initialises kernels and is slow.
            TensorCodec.run(model, new float[model.featureCount()], 1);
        }
        catch (RuntimeException ex) {
            model.close();
            fail("warm-up inference failed");
            throw new ModelLoadException("run " + model.source().runId() + ": warm-up inference failed", ex);
        }
        LoadedModel previous = this.current.getAndSet(model);
        this.state = State.READY;
        this.failure = null;
        logger.info("Serving model " + model.source().modelUri() + " (run " + model.source().runId() + ")"
                + (TensorflowRuntime.oneDnnOn() ? "; TensorFlow uses oneDNN, slower for this model: set "
                        + TensorflowRuntime.ONEDNN_VARIABLE + "=0 (README \"Performance\")" : ""));
        if (previous != null) {
            previous.close();
        }
    }

    private void fail(String why) {
        if (this.current.get() == null) {
            this.state = State.FAILED;
            this.failure = why;
        }
    }

    /**
     * The served model, acquired for one use: call {@link LoadedModel#release()} when done.
     * @throws InferenceException of kind MODEL_NOT_READY when no model is served
     */
    public LoadedModel acquire() {
        for (;;) {
            LoadedModel model = this.current.get();
            if (model == null) {
                throw InferenceException.modelNotReady("the model is not loaded yet");
            }
            if (model.acquire()) {
                return model;
            }
            // Lost a race with a swap: the replacement is already in the reference.
        }
    }

    public State state() {
        return this.state;
    }

    /** Why loading failed, for logs and health details; {@code null} unless FAILED. */
    public String failure() {
        return this.failure;
    }

    @Override
    public void close() {
        LoadedModel model = this.current.getAndSet(null);
        this.state = State.PENDING;
        if (model != null) {
            model.close();
        }
    }

}
