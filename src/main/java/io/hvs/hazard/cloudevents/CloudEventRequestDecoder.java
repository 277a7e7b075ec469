package io.hvs.hazard.cloudevents;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpHeaders;

/**
 * Entry point for decoding a CloudEvent HTTP request in any mode (the seam for fuzzing): headers and body in,
 * valid events out, or a {@link CloudEventException} (always a 4xx) that says which attribute of which event is
 * wrong and why. Any other exception escaping it is a bug. Stateless and thread-safe.
 */
final class CloudEventRequestDecoder {

    private final BinaryEventDecoder binary = new BinaryEventDecoder();

    private final StructuredEventDecoder structured;

    CloudEventRequestDecoder() {
        this(CloudEventJson.mapper());
    }

    CloudEventRequestDecoder(ObjectMapper json) {
        this.structured = new StructuredEventDecoder(json);
    }

    /**
     * Decodes a request.
     * @param headers the request headers (names are case-insensitive)
     * @param body the request body, may be {@code null} or empty
     * @return the decoded request, or {@code null} when the request is not a CloudEvent (plain JSON)
     * @throws CloudEventException when it is a CloudEvent request but not a valid one
     */
    DecodedRequest decode(HttpHeaders headers, byte[] body) {
        String contentType = headers.getFirst(HttpHeaders.CONTENT_TYPE);
        CloudEventMode mode = CloudEventMode.detect(contentType, headers.keySet());
        if (mode == null) {
            return null;
        }
        List<DecodedEvent> events = switch (mode) {
            case BINARY -> List.of(this.binary.decode(headers, body));
            case STRUCTURED -> List.of(this.structured.decodeStructured(contentType, body));
            case BATCH -> this.structured.decodeBatch(contentType, body);
        };
        return new DecodedRequest(mode, events, headers.getFirst("traceparent"));
    }

}
