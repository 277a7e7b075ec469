package io.hvs.hazard.cloudevents;

import io.hvs.hazard.api.HazardResponse;

/**
 * The scoring core as this package sees it: event data (the plain API's request JSON) in, the plain API's
 * response out. The function package provides the bean, so this package depends on the API records only.
 * Implementations throw {@link io.hvs.hazard.api.InvalidRequestException} for bad data and their own exceptions
 * for transient failures (model not ready => 503), which pass through unchanged.
 */
@FunctionalInterface
public interface EventDataScorer {

    HazardResponse score(byte[] data);

}
