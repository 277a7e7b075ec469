package io.hvs.hazard.inference;

import java.time.Duration;

/**
 * Fixed histogram buckets for the latency timers. Explicit buckets instead of Micrometer's percentile histogram
 * (about 70 buckets per series): a dozen boundaries around the targets keep the scrape small and still let
 * {@code histogram_quantile} answer p50/p99.
 */
public final class LatencyBuckets {

    /** One session call: sub-millisecond for single readings, a few ms for 1000. */
    public static final Duration[] INFERENCE = millis(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100);

    /** One HTTP request end to end (the p99 target is 5 ms). */
    public static final Duration[] REQUEST = millis(0.25, 0.5, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500);

    private LatencyBuckets() {
    }

    private static Duration[] millis(double... values) {
        Duration[] buckets = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            buckets[i] = Duration.ofNanos(Math.round(values[i] * 1_000_000));
        }
        return buckets;
    }

}
