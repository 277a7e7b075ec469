package io.hvs.hazard.inference;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of one inference call.
 *
 * @param maxReadings most readings accepted in one request (one TensorFlow batch); more is answered 413
 */
@Validated
@ConfigurationProperties("hvs.inference")
public record InferenceProperties(@Min(1) @DefaultValue("1000") int maxReadings) {
}
