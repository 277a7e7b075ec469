package io.hvs.hazard.inference;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of one inference call.
 *
 * @param maxReadings most readings accepted in one request (one TensorFlow batch); more is answered 413. A raw
 * history counts as one (it yields one model row), so this also caps the histories of one request
 * @param maxHistoryLength most readings in one raw history; more is answered 413. The newest reading's features
 * need only the last {@value io.hvs.hazard.features.FeatureSchema#LONGEST_WINDOW}; the default 360 (one hour) leaves
 * room to forward-fill a sensor that was missing at the window's start while bounding each request's work
 * @param batching run session calls on one inference thread, each with the readings of all requests waiting for it
 * (at most {@code maxReadings}); off: each request makes its own call in its own thread. On is faster under
 * concurrent load (README "Performance"); off saves an idle service the hand-off (tens of microseconds)
 */
@Validated
@ConfigurationProperties("hvs.inference")
public record InferenceProperties(@Min(1) @DefaultValue("1000") int maxReadings,
        @Min(1) @DefaultValue("360") int maxHistoryLength, @DefaultValue("true") boolean batching) {
}
