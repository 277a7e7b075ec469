package io.hvs.hazard.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The answer to a prediction request: one prediction per reading, in request order, and which model made them.
 *
 * @param predictions one per reading, in request order
 * @param modelVersion the MLflow run id of the model (the original API's field)
 * @param modelName the registered model name
 * @param modelUri the model URI the service resolved at start-up
 * @param decisionThreshold probabilities at or above it are answered 1
 */
@JsonPropertyOrder({ "predictions", "model_version", "model_name", "model_uri", "decision_threshold" })
public record HazardResponse(@JsonProperty("predictions") List<HazardPrediction> predictions,
        @JsonProperty("model_version") String modelVersion, @JsonProperty("model_name") String modelName,
        @JsonProperty("model_uri") String modelUri, @JsonProperty("decision_threshold") double decisionThreshold) {

    public HazardResponse {
        predictions = List.copyOf(predictions);
    }

}
