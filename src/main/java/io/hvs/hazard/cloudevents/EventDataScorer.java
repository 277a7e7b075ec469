package io.hvs.hazard.cloudevents;

import io.hvs.hazard.api.HazardRequest;
import io.hvs.hazard.api.HazardResponse;

/**
 * The scoring core as this package sees it: a decoded prediction request in, the plain API's response out, all
 * readings as one model batch. The function package provides the bean, so this package depends on the API records
 * only. Implementations throw {@link io.hvs.hazard.api.InvalidRequestException} for a reading the model cannot take
 * (its {@code reading} index is the request's) and their own exceptions for transient failures (model not ready =>
 * 503), which pass through unchanged.
 */
@FunctionalInterface
public interface EventDataScorer {

    HazardResponse score(HazardRequest request);

}
