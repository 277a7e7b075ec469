package io.hvs.hazard.inference;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
@ConfigurationProperties("hvs.inference")
public record InferenceProperties(@DefaultValue("1000") int maxReadings, @DefaultValue("360") int maxHistoryLength,
        @DefaultValue("true") boolean batching) {

    public InferenceProperties {
        if (maxReadings < 1) {
            throw new IllegalArgumentException("hvs.inference.max-readings must be at least 1, was " + maxReadings);
        }
        if (maxHistoryLength < 1) {
            throw new IllegalArgumentException(
                    "hvs.inference.max-history-length must be at least 1, was " + maxHistoryLength);
        }
    }

}
