package io.hvs.hazard.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The prediction for one reading, named as in the original API.
 *
 * @param moduleId the reading's Module_ID ("Unknown" when it had none)
 * @param hazardPrediction 1 when the module is in the hazardous window, else 0
 * @param hazardProbability the model's probability of class 1
 */
@JsonPropertyOrder({ "Module_ID", "hazard_prediction", "hazard_probability" })
public record HazardPrediction(@JsonProperty("Module_ID") String moduleId,
        @JsonProperty("hazard_prediction") int hazardPrediction,
        @JsonProperty("hazard_probability") double hazardProbability) {
}
