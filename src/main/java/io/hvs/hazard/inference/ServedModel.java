package io.hvs.hazard.inference;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.hvs.hazard.model.ModelSource;

/**
 * What is being served, for the info endpoint and the info metric.
 *
 * @param source the run and URI
 * @param decisionThreshold the model's threshold
 * @param trainingMetrics the latest value of each metric the training run logged
 * @param loadedAt when it started serving
 * @param loadTime how long locating, loading and warming it up took
 */
public record ServedModel(ModelSource source, double decisionThreshold, Map<String, Double> trainingMetrics,
        Instant loadedAt, Duration loadTime) {

    public ServedModel {
        trainingMetrics = Map.copyOf(trainingMetrics);
    }

    /** The registered model version when selected through the registry, else {@code "none"}. */
    public String version() {
        String uri = this.source.modelUri();
        if (uri.startsWith("models:/") && uri.indexOf('@') < 0) {
            return uri.substring(uri.lastIndexOf('/') + 1);
        }
        return "none";
    }

}
