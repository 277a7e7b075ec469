package io.hvs.hazard.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The prediction for one reading, named as in the original API; for a raw history, the prediction for its newest
 * reading, followed by the history's summary members.
 *
 * @param moduleId the reading's Module_ID ("Unknown" when it had none)
 * @param hazardPrediction 1 when the module is in the hazardous window, else 0
 * @param hazardProbability the model's probability of class 1
 * @param history for a raw history: readings used, short window, filled values, gap warnings; else {@code null}
 * (and absent from the JSON)
 */
@JsonPropertyOrder({ "Module_ID", "hazard_prediction", "hazard_probability" })
public record HazardPrediction(@JsonProperty("Module_ID") String moduleId,
        @JsonProperty("hazard_prediction") int hazardPrediction,
        @JsonProperty("hazard_probability") double hazardProbability,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonUnwrapped HistorySummary history) {

    /** The prediction for a feature reading. */
    public HazardPrediction(String moduleId, int hazardPrediction, double hazardProbability) {
        this(moduleId, hazardPrediction, hazardProbability, null);
    }

}
