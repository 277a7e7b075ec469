package io.hvs.hazard.inference;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

/**
 * Meters of the inference hot path, built once: the session-call latency, requests per session call,
 * predictions by class and the distribution of hazard probabilities. Recording allocates nothing. Thread-safe.
 */
public final class InferenceMetrics {

    /** Fixed Prometheus buckets for the probability histogram: fine near 0 and 1, where the classes live. */
    private static final double[] PROBABILITY_BUCKETS = { 0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9,
            0.95, 0.99 };

    private final Timer sessionCall;

    private final Counter hazardous;

    private final Counter normal;

    private final DistributionSummary probability;

    private final DistributionSummary batchRequests;

    public InferenceMetrics(MeterRegistry registry) {
        this.sessionCall = Timer.builder("hvs.inference.latency")
            .description("TensorFlow session call for one batch (input tensor to copied-out probabilities)")
            .serviceLevelObjectives(LatencyBuckets.INFERENCE)
            .register(registry);
        this.hazardous = predictions(registry, "1");
        this.normal = predictions(registry, "0");
        this.probability = DistributionSummary.builder("hvs.hazard.probability")
            .description("Hazard probability of each scored reading")
            .serviceLevelObjectives(PROBABILITY_BUCKETS)
            .minimumExpectedValue(0.0001)
            .maximumExpectedValue(1.0)
            .register(registry);
        this.batchRequests = DistributionSummary.builder("hvs.inference.batch.requests")
            .description("Requests whose readings shared one session call (1 without batching)")
            .serviceLevelObjectives(1, 2, 4, 8, 16, 32, 64)
            .register(registry);
    }

    /** Meters that go nowhere, for predictors built outside a Spring context. */
    static InferenceMetrics none() {
        return new InferenceMetrics(new CompositeMeterRegistry());
    }

    private static Counter predictions(MeterRegistry registry, String hazardClass) {
        return Counter.builder("hvs.predictions")
            .description("Predictions answered, by class (1 = hazardous window)")
            .tag("class", hazardClass)
            .register(registry);
    }

    void recordSessionCall(long nanos, int requests) {
        this.sessionCall.record(nanos, TimeUnit.NANOSECONDS);
        this.batchRequests.record(requests);
    }

    void recordPredictions(float[] probabilities, double threshold) {
        int hazardousCount = 0;
        for (float p : probabilities) {
            this.probability.record(p);
            if (p >= threshold) {
                hazardousCount++;
            }
        }
        if (hazardousCount > 0) {
            this.hazardous.increment(hazardousCount);
        }
        if (probabilities.length > hazardousCount) {
            this.normal.increment(probabilities.length - hazardousCount);
        }
    }

}
