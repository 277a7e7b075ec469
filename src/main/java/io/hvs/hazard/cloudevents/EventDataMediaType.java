package io.hvs.hazard.cloudevents;

import io.cloudevents.CloudEvent;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import io.hvs.hazard.cloudevents.CloudEventException.Kind;

/**
 * The event data must be JSON: the datacontenttype is absent (the JSON format then implies JSON) or a JSON
 * media type (subtype {@code json} or a {@code +json} suffix); anything else is answered 415.
 */
final class EventDataMediaType {

    private EventDataMediaType() {
    }

    static boolean isJson(String dataContentType) {
        if (dataContentType == null) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(dataContentType);
            return "json".equalsIgnoreCase(type.getSubtype()) || "json".equalsIgnoreCase(type.getSubtypeSuffix());
        }
        catch (InvalidMediaTypeException ex) {
            return false;
        }
    }

    /**
     * @param base JSON pointer of the event in the body, {@code null} in binary mode
     * @param index the event's index in a batch, or {@code null}
     */
    static void require(CloudEvent event, String base, Integer index) {
        if (!isJson(event.getDataContentType())) {
            throw CloudEventException.of(Kind.UNSUPPORTED_MEDIA_TYPE, unsupported(base, index));
        }
    }

    static EventError unsupported(String base, Integer index) {
        String reason = "the event data must be JSON (datacontenttype application/json)";
        return (base == null) ? EventError.header("Content-Type", "datacontenttype", reason)
                : EventError.member(base, index, "datacontenttype", reason);
    }

}
