package io.hvs.hazard.cloudevents;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.http.HttpMessageFactory;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.spring.http.CloudEventHttpUtils;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Writes reply events as an HTTP 200 response in the request's mode, with the SDK's HTTP message writer (binary,
 * structured) and JSON event format (batch: an array of JSON-format events). In binary mode every ce- header value
 * is percent-encoded as the binding requires (the SDK writer leaves values as they are, and a Module_ID subject or
 * an input id may hold any character). Thread-safe.
 */
final class CloudEventReplyEncoder {

    static final String BATCH_CONTENT_TYPE = "application/cloudevents-batch+json";

    private final ObjectMapper json;

    private final JsonFormat format = new JsonFormat();

    CloudEventReplyEncoder(ObjectMapper json) {
        this.json = json;
    }

    ResponseEntity<byte[]> encode(CloudEventMode mode, List<CloudEvent> replies) {
        return switch (mode) {
            case BINARY -> binary(replies.get(0));
            case STRUCTURED -> structured(replies.get(0));
            case BATCH -> batch(replies);
        };
    }

    private ResponseEntity<byte[]> binary(CloudEvent reply) {
        HttpHeaders headers = new HttpHeaders();
        AtomicReference<byte[]> body = new AtomicReference<>();
        HttpMessageFactory.createWriter((name, value) -> headers.set(name,
                CloudEventMode.isCloudEventHeader(name) ? PercentCodec.encode(value) : value), body::set)
            .writeBinary(reply);
        return ResponseEntity.ok().headers(headers).body(body.get());
    }

    private ResponseEntity<byte[]> structured(CloudEvent reply) {
        HttpHeaders headers = new HttpHeaders();
        AtomicReference<byte[]> body = new AtomicReference<>();
        CloudEventHttpUtils.toWriter(headers, body::set).writeStructured(reply, this.format);
        return ResponseEntity.ok().headers(headers).body(body.get());
    }

    private ResponseEntity<byte[]> batch(List<CloudEvent> replies) {
        try {
            return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, BATCH_CONTENT_TYPE)
                .body(this.json.writeValueAsBytes(replies));
        }
        catch (JsonProcessingException ex) {
            // Replies are built by this service from scoring results: failing to write them is a bug, not bad input.
            throw new IllegalStateException("Could not write the reply batch", ex);
        }
    }

}
