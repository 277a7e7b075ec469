package io.hvs.hazard.inference;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Meters of model loading: load time by outcome, whether the latest load failed (the old model still serving),
 * and the served model as an info metric ({@code hvs_model_info{run_id, model_name, version} 1}), replaced on
 * every switch. Thread-safe; called by the one loading thread at a time.
 */
final class ModelLifecycleMetrics {

    private final MeterRegistry registry;

    private final Timer loaded;

    private final Timer failed;

    private final AtomicInteger lastLoadFailed = new AtomicInteger();

    private volatile Gauge info;

    ModelLifecycleMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.loaded = loadTimer(registry, "success");
        this.failed = loadTimer(registry, "failure");
        Gauge.builder("hvs.model.load.failing", this.lastLoadFailed, AtomicInteger::get)
            .description("1 while the latest model load failed and the previous model (if any) is still served")
            .register(registry);
    }

    private static Timer loadTimer(MeterRegistry registry, String outcome) {
        return Timer.builder("hvs.model.load")
            .description("Locating, loading and warming up a model")
            .tag("outcome", outcome)
            .register(registry);
    }

    void served(ServedModel model) {
        this.loaded.record(model.loadTime().toNanos(), TimeUnit.NANOSECONDS);
        this.lastLoadFailed.set(0);
        Gauge previous = this.info;
        String version = model.version();
        if (previous != null && model.source().runId().equals(previous.getId().getTag("run_id"))
                && version.equals(previous.getId().getTag("version"))
                && model.source().registeredName().equals(previous.getId().getTag("model_name"))) {
            return;
        }
        // Register the new series before removing the old one, so a scrape never sees no model.
        this.info = Gauge.builder("hvs.model.info", () -> 1.0)
            .description("The served model (value always 1; the labels say which)")
            .tag("run_id", model.source().runId())
            .tag("model_name", model.source().registeredName())
            .tag("version", version)
            .strongReference(true)
            .register(this.registry);
        if (previous != null) {
            this.registry.remove(previous);
        }
    }

    void failed(long nanos) {
        this.failed.record(nanos, TimeUnit.NANOSECONDS);
        this.lastLoadFailed.set(1);
    }

}
