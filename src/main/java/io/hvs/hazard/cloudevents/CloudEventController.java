package io.hvs.hazard.cloudevents;

import java.util.ArrayList;
import java.util.List;

import io.cloudevents.CloudEvent;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

import io.hvs.hazard.api.HazardResponse;
import io.hvs.hazard.api.HazardResponseWriter;
import io.hvs.hazard.api.InputMode;

/**
 * Answers CloudEvent requests on the function's endpoints: decode (SDK), score the data of all events as one model
 * batch, reply with one prediction event per input event in the request's mode. Only
 * {@link CloudEventHandlerMapping} routes to it (it is deliberately not a {@code @Controller}, so Spring MVC's
 * main mapping never sees it and plain JSON keeps going to Spring Cloud Function). Exceptions go to the
 * application's one problem-details advice. Thread-safe.
 */
final class CloudEventController {

    private final CloudEventRequestDecoder decoder;

    private final EventBatchScorer scorer;

    private final HazardResponseWriter responseJson;

    private final PredictionEventFactory replies;

    private final CloudEventReplyEncoder encoder;

    CloudEventController(CloudEventRequestDecoder decoder, EventBatchScorer scorer, HazardResponseWriter responseJson,
            PredictionEventFactory replies, CloudEventReplyEncoder encoder) {
        this.decoder = decoder;
        this.scorer = scorer;
        this.responseJson = responseJson;
        this.replies = replies;
        this.encoder = encoder;
    }

    @PostMapping(path = { "/", "/predict" })
    ResponseEntity<byte[]> predict(@RequestHeader HttpHeaders headers, @RequestBody(required = false) byte[] body,
            HttpServletRequest request) {
        DecodedRequest decoded = this.decoder.decode(headers, body);
        if (decoded == null) {
            throw new IllegalStateException("Routed a request that is not a CloudEvent to the CloudEvent handler");
        }
        // The request's log line carries the (first) event's id; the mapping set the input mode.
        request.setAttribute(InputMode.EVENT_ID_ATTRIBUTE, decoded.events().get(0).event().getId());
        List<HazardResponse> responses = this.scorer.score(decoded.events());
        List<CloudEvent> out = new ArrayList<>(responses.size());
        for (int i = 0; i < responses.size(); i++) {
            out.add(this.replies.reply(decoded.events().get(i).event(), responses.get(i), toJson(responses.get(i)),
                    decoded.traceparent()));
        }
        // Marks the ce- headers about to be written as this reply's own (see CloudEventHeaderGuardFilter).
        request.setAttribute(CloudEventHeaderGuardFilter.REPLY_ATTRIBUTE, Boolean.TRUE);
        return this.encoder.encode(decoded.mode(), out);
    }

    private byte[] toJson(HazardResponse response) {
        return this.responseJson.write(response);
    }

}
