package io.hvs.hazard.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One entry of a problem's {@code errors} list.
 *
 * @param pointer RFC 6901 JSON pointer into the request body ("" is the whole body)
 * @param history index of the raw history in the request, or {@code null} when the error is not inside one
 * @param reading index of the reading in the request (or, with {@code history}, in that history), or {@code null}
 * when the error is not about one reading
 * @param field the offending member name, or {@code null} for the body itself
 * @param reason what is wrong, in words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "pointer", "history", "reading", "field", "reason" })
public record FieldError(String pointer, Integer history, Integer reading, String field, String reason) {

    /** An error outside any raw history (a feature reading or the body). */
    public FieldError(String pointer, Integer reading, String field, String reason) {
        this(pointer, null, reading, field, reason);
    }

}
