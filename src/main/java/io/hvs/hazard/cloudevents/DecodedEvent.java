package io.hvs.hazard.cloudevents;

import io.cloudevents.CloudEvent;

/**
 * One valid incoming event and where it came from, so problems in its data can be located in the request.
 *
 * @param event the event, specversion 1.0, with data
 * @param index its position in a batch, or {@code null} outside batch mode
 * @param dataPointer JSON pointer of the data member in the body ({@code null} in binary mode, where the body is
 * the data)
 */
record DecodedEvent(CloudEvent event, Integer index, String dataPointer) {
}
