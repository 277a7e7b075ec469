package io.hvs.hazard.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A reading of a raw history that came more than the sampling interval (with tolerance) after the one before it.
 * A warning, not an error: the features are computed from the readings given, as training computes them from
 * consecutive rows, but a rolling window then spans more time than in training.
 *
 * @param pointer JSON pointer of the reading's Timestamp in the request body
 * @param reading index of the reading in its history
 * @param gapSeconds seconds since the previous reading
 * @param reason the warning in words
 */
@JsonPropertyOrder({ "pointer", "reading", "gap_seconds", "reason" })
public record GapWarning(@JsonProperty("pointer") String pointer, @JsonProperty("reading") int reading,
        @JsonProperty("gap_seconds") double gapSeconds, @JsonProperty("reason") String reason) {
}
