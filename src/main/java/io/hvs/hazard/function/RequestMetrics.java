package io.hvs.hazard.function;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import io.hvs.hazard.api.InputMode;
import io.hvs.hazard.inference.LatencyBuckets;

/**
 * Request meters by endpoint, input mode and outcome: {@code hvs.requests} (a timer with fixed latency buckets;
 * its count is the request count) tagged {@code endpoint}, {@code input_mode}, {@code outcome} and
 * {@code status}, and {@code hvs.request.readings} by input mode. Each timer is built on first use and then
 * found by array index, so recording allocates nothing. Thread-safe.
 */
final class RequestMetrics {

    static final String OTHER_ENDPOINT = "other";

    private static final int STATUSES = 600;

    private static final int MAX_ENDPOINTS = 16;

    private static final int MODES = InputMode.values().length;

    private final MeterRegistry registry;

    private final Supplier<? extends Collection<String>> endpointSource;

    private volatile List<String> endpoints;

    private final AtomicReferenceArray<Timer> timers;

    private final Map<InputMode, DistributionSummary> readings = new EnumMap<>(InputMode.class);

    /**
     * @param endpoints the function paths, asked for on first use (the function catalog fills up late); beyond
     * the first {@value #MAX_ENDPOINTS}, and any other path, count as {@value #OTHER_ENDPOINT}
     */
    RequestMetrics(MeterRegistry registry, Supplier<? extends Collection<String>> endpoints) {
        this.registry = registry;
        this.endpointSource = endpoints;
        this.timers = new AtomicReferenceArray<>((MAX_ENDPOINTS + 1) * MODES * STATUSES);
        for (InputMode mode : InputMode.values()) {
            this.readings.put(mode, DistributionSummary.builder("hvs.request.readings")
                .description("Readings scored per request (summed over the events of a CloudEvent batch)")
                .tag("input_mode", mode.label())
                .serviceLevelObjectives(1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
                .register(registry));
        }
    }

    /** The endpoint's index for {@link #record}: its position in the function paths, or the "other" slot. */
    int endpoint(String path) {
        List<String> known = endpoints();
        int index = known.indexOf(path);
        return (index >= 0) ? index : MAX_ENDPOINTS;
    }

    private List<String> endpoints() {
        List<String> known = this.endpoints;
        if (known == null) {
            known = this.endpointSource.get().stream().sorted().limit(MAX_ENDPOINTS).toList();
            this.endpoints = known;
        }
        return known;
    }

    void record(int endpoint, InputMode mode, int status, long nanos, int readingCount) {
        int code = (status >= 100 && status < STATUSES) ? status : 500;
        int slot = (endpoint * MODES + mode.ordinal()) * STATUSES + code;
        Timer timer = this.timers.get(slot);
        if (timer == null) {
            timer = build(endpoint, mode, code);
            this.timers.set(slot, timer);
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
        if (readingCount > 0) {
            this.readings.get(mode).record(readingCount);
        }
    }

    private Timer build(int endpoint, InputMode mode, int status) {
        // Micrometer returns the same timer for the same id, so a race here only builds the id twice.
        String name = (endpoint < MAX_ENDPOINTS) ? endpoints().get(endpoint) : OTHER_ENDPOINT;
        return Timer.builder("hvs.requests")
            .description("Prediction requests: count and latency by endpoint, input mode and outcome")
            .tag("endpoint", name)
            .tag("input_mode", mode.label())
            .tag("outcome", outcome(status))
            .tag("status", Integer.toString(status))
            .serviceLevelObjectives(LatencyBuckets.REQUEST)
            .register(this.registry);
    }

    static String outcome(int status) {
        if (status >= 500) {
            return "server_error";
        }
        if (status >= 400) {
            return "client_error";
        }
        return "success";
    }

}
