package io.hvs.hazard.inference;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.hvs.hazard.model.LoadedModel;
import io.hvs.hazard.model.ModelLoader;
import io.hvs.hazard.model.ModelLocator;
import io.hvs.hazard.model.ModelProperties;
import io.hvs.hazard.model.ModelSource;
import io.hvs.hazard.model.TrainingMetrics;

/**
 * Loads the model that a set of {@code hvs.model.*} properties selects and makes it the served one, one load at
 * a time: locate, load, warm up, swap atomically in the {@link ModelHolder} (which closes the old model once its
 * in-flight calls are done). A failed load leaves the served model untouched, is logged with the reason and
 * shows in {@code hvs_model_load_failing} and the info endpoint. Thread-safe; loads run on one daemon thread.
 * Spring closes it (stopping that thread) before it closes the holder.
 */
public final class ModelSwitcher implements AutoCloseable {

    private static final Log logger = LogFactory.getLog(ModelSwitcher.class);

    private final ModelHolder holder;

    private final ModelLoader loader;

    private final ModelLifecycleMetrics metrics;

    private final ExecutorService loaderThread = Executors.newSingleThreadExecutor((task) -> {
        Thread thread = new Thread(task, "hvs-model-loader");
        thread.setDaemon(true);
        return thread;
    });

    private volatile ServedModel served;

    private volatile SwitchReport lastLoad;

    ModelSwitcher(ModelHolder holder, ModelLoader loader, ModelLifecycleMetrics metrics) {
        this.holder = holder;
        this.loader = loader;
        this.metrics = metrics;
    }

    /**
     * Loads and serves the model {@code properties} select, on the calling thread.
     * @param trigger what asked for it, for logs and the info endpoint
     * @return the model now served
     * @throws RuntimeException (a {@link io.hvs.hazard.model.ModelLoadException} mostly) when it cannot be
     * served; the previously served model, if any, goes on serving
     */
    public synchronized ServedModel load(ModelProperties properties, String trigger) {
        ModelLocator locator = new ModelLocator(properties);
        String uri = locator.selectedUri();
        long start = System.nanoTime();
        try {
            this.holder.load(() -> this.loader.load(locator.locate()));
        }
        catch (RuntimeException ex) {
            failed(trigger, uri, System.nanoTime() - start, ex);
            throw ex;
        }
        Duration loadTime = Duration.ofNanos(System.nanoTime() - start);
        LoadedModel model = this.holder.acquire();
        try {
            ModelSource source = model.source();
            this.served = new ServedModel(source, model.decisionThreshold(), TrainingMetrics.latest(source),
                    Instant.now(), loadTime);
        }
        finally {
            model.release();
        }
        this.metrics.served(this.served);
        this.lastLoad = SwitchReport.success(trigger, uri);
        logger.info("Model " + uri + " (" + trigger + ") serving: run " + this.served.source().runId() + ", loaded in "
                + loadTime.toMillis() + " ms");
        return this.served;
    }

    /** Loads on the loader thread; the future fails with the load's exception. */
    public CompletableFuture<ServedModel> loadAsync(ModelProperties properties, String trigger) {
        return CompletableFuture.supplyAsync(() -> load(properties, trigger), this.loaderThread);
    }

    /**
     * Loads on the loader thread what {@code selection} returns there, in order with every other load. A
     * selection that cannot be made (an unreadable or garbled switch file) counts as a failed load: logged,
     * {@code hvs_model_load_failing} 1, {@code last_load} a failure without a URI, the served model untouched.
     */
    CompletableFuture<ServedModel> loadAsync(Supplier<ModelProperties> selection, String trigger) {
        return CompletableFuture.supplyAsync(() -> load(select(selection, trigger), trigger), this.loaderThread);
    }

    private synchronized ModelProperties select(Supplier<ModelProperties> selection, String trigger) {
        try {
            return selection.get();
        }
        catch (RuntimeException ex) {
            failed(trigger, null, 0, ex);
            throw ex;
        }
    }

    private void failed(String trigger, String uri, long nanos, RuntimeException ex) {
        this.metrics.failed(nanos);
        this.lastLoad = SwitchReport.failure(trigger, uri);
        ServedModel current = this.served;
        logger.error(((uri != null) ? "Loading model " + uri : "Reading the model selection") + " (" + trigger
                + ") failed; "
                + ((current != null) ? "still serving " + current.source().modelUri() + " (run "
                        + current.source().runId() + ")" : "no model is served")
                + ": " + ex.getMessage());
    }

    /** Whether {@link #close()} ran: a load that fails then was interrupted by the shutdown. */
    public boolean isClosed() {
        return this.loaderThread.isShutdown();
    }

    /** The served model, or {@code null} before the first successful load. */
    public ServedModel served() {
        return this.served;
    }

    /** The latest load attempt, or {@code null} before the first. */
    public SwitchReport lastLoad() {
        return this.lastLoad;
    }

    @Override
    public void close() {
        // No waiting here: close may run inside System.exit's shutdown hook, on the loader thread itself.
        this.loaderThread.shutdownNow();
    }

}
