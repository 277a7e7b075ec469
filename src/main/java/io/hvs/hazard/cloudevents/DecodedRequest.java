package io.hvs.hazard.cloudevents;

import java.util.List;

/**
 * A decoded CloudEvent request: its mode (the reply uses the same) and its events in request order.
 *
 * @param mode the content mode of the request
 * @param events one event (binary, structured) or the batch, in order
 * @param traceparent the request's W3C {@code traceparent} HTTP header, or {@code null}
 */
record DecodedRequest(CloudEventMode mode, List<DecodedEvent> events, String traceparent) {

    DecodedRequest {
        events = List.copyOf(events);
    }

}
