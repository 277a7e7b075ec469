package io.hvs.hazard.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.hvs.hazard.features.FeatureSchema;

/**
 * What the answer to a raw history says about the history, beside the prediction for its newest reading.
 *
 * @param readingsUsed how many readings the features were computed from
 * @param shortWindow whether there were fewer than {@link FeatureSchema#LONGEST_WINDOW} readings, so the longer
 * rolling windows used the partial-window rule (as training does at the start of a series)
 * @param filledValues how many missing sensor values were filled (forward, then backward, within the history)
 * @param warnings gaps between readings longer than the sampling interval, oldest first
 */
@JsonPropertyOrder({ "readings_used", "short_window", "filled_values", "warnings" })
public record HistorySummary(@JsonProperty("readings_used") int readingsUsed,
        @JsonProperty("short_window") boolean shortWindow, @JsonProperty("filled_values") int filledValues,
        @JsonProperty("warnings") List<GapWarning> warnings) {

    public HistorySummary {
        warnings = List.copyOf(warnings);
    }

    static HistorySummary of(int readings, int filledValues, List<GapWarning> warnings) {
        return new HistorySummary(readings, readings < FeatureSchema.LONGEST_WINDOW, filledValues, warnings);
    }

}
