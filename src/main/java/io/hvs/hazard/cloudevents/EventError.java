package io.hvs.hazard.cloudevents;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.hvs.hazard.api.FieldError;

/**
 * One entry of a CloudEvent problem's {@code errors} list: the plain API's entry ({@link FieldError}: pointer,
 * reading, field, reason) plus where the event sits in a batch and, in binary mode, the header that carried the
 * attribute.
 *
 * @param pointer RFC 6901 pointer into the request body, or {@code null} when the problem is in a header
 * @param event index of the event in a batch, or {@code null} outside batch mode
 * @param header the ce- header (binary mode), or {@code null}
 * @param reading index of the reading inside the event data, or {@code null}
 * @param field the attribute or data member at fault, or {@code null} for the whole event
 * @param reason what is wrong, in words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "pointer", "event", "header", "reading", "field", "reason" })
public record EventError(String pointer, Integer event, String header, Integer reading, String field,
        String reason) {

    /** A problem with an attribute carried in a ce- header (binary mode). */
    static EventError header(String header, String attribute, String reason) {
        return new EventError(null, null, header, null, attribute, reason);
    }

    /** A problem with a member of a structured event at {@code base} ("" or "/index" in a batch). */
    static EventError member(String base, Integer event, String member, String reason) {
        return new EventError(base + ((member != null) ? "/" + member : ""), event, null, null, member, reason);
    }

    /** A problem found by the plain API's decoder inside the event data, re-anchored at {@code dataPointer}. */
    static EventError data(String dataPointer, Integer event, FieldError error) {
        String pointer = (dataPointer == null) ? error.pointer() : dataPointer + error.pointer();
        return new EventError(pointer, event, null, error.reading(), error.field(), error.reason());
    }

    String describe() {
        String where = (this.header != null) ? this.header : (this.pointer == null || this.pointer.isEmpty())
                ? "event" : this.pointer;
        return where + ": " + this.reason;
    }

}
