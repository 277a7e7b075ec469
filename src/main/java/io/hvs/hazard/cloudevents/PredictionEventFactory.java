package io.hvs.hazard.cloudevents;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;

import io.hvs.hazard.api.HazardPrediction;
import io.hvs.hazard.api.HazardResponse;

/**
 * Builds the reply event for one scored input event. Every attribute is set here, from scratch: a new id, this
 * function's source, the prediction type (which no input Trigger matches), so nothing of the input leaks into the
 * reply except the correlation id ({@code inputid}) and the trace context. Thread-safe.
 */
final class PredictionEventFactory {

    /** W3C trace context, version 00 form; anything else is not propagated (the spec says: ignore it). */
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    private final URI source;

    private final Clock clock;

    PredictionEventFactory(URI source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    /**
     * @param input the scored event
     * @param response the scoring result
     * @param data the plain API's response body for {@code response}
     * @param httpTraceparent the request's traceparent HTTP header, used when the event has no traceparent
     */
    CloudEvent reply(CloudEvent input, HazardResponse response, byte[] data, String httpTraceparent) {
        CloudEventBuilder reply = CloudEventBuilder.v1()
            .withId(newId(input.getId()))
            .withSource(this.source)
            .withType(HazardEventTypes.PREDICTION)
            // RFC 3339 with seconds: the SDK writes ISO_OFFSET_DATE_TIME, which always prints them.
            .withTime(OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS))
            .withDataContentType("application/json")
            .withData(data)
            .withExtension(HazardEventTypes.HAZARD, Boolean.toString(isHazardous(response)))
            .withExtension(HazardEventTypes.INPUT_ID, input.getId());
        if (response.modelVersion() != null && !response.modelVersion().isEmpty()) {
            reply.withExtension(HazardEventTypes.MODEL_VERSION, response.modelVersion());
        }
        String subject = singleModule(response);
        if (subject != null) {
            reply.withSubject(subject);
        }
        String traceparent = traceparent(input, httpTraceparent);
        if (traceparent != null) {
            reply.withExtension(HazardEventTypes.TRACEPARENT, traceparent);
        }
        return reply.build();
    }

    private static String newId(String inputId) {
        String id = UUID.randomUUID().toString();
        while (id.equals(inputId)) {
            id = UUID.randomUUID().toString();
        }
        return id;
    }

    private static boolean isHazardous(HazardResponse response) {
        return response.predictions().stream().anyMatch(p -> p.hazardPrediction() == 1);
    }

    /** The Module_ID when every reading of the event is from the same module, else {@code null}. */
    private static String singleModule(HazardResponse response) {
        String module = null;
        for (HazardPrediction prediction : response.predictions()) {
            if (prediction.moduleId() == null || prediction.moduleId().isEmpty()
                    || (module != null && !module.equals(prediction.moduleId()))) {
                return null;
            }
            module = prediction.moduleId();
        }
        return module;
    }

    /** The event's traceparent extension if valid, else the HTTP header if valid (Knative sends the header). */
    private static String traceparent(CloudEvent input, String httpTraceparent) {
        Object extension = input.getExtension(HazardEventTypes.TRACEPARENT);
        if (extension != null && TRACEPARENT.matcher(extension.toString()).matches()) {
            return extension.toString();
        }
        return (httpTraceparent != null && TRACEPARENT.matcher(httpTraceparent).matches()) ? httpTraceparent : null;
    }

}
