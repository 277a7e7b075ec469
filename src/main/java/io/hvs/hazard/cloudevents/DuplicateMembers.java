package io.hvs.hazard.cloudevents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * Names the member of a structured or batched request that the strict mapper found twice (each attribute appears
 * at most once), by pointer and event index, instead of a bare "malformed JSON".
 */
final class DuplicateMembers {

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '([A-Za-z0-9_]{1,64})'");

    private DuplicateMembers() {
    }

    /**
     * A member given twice (the mapper rejects duplicates), named by its pointer so the answer says which
     * attribute; {@code null} for other parse errors. Only plain member names (letters, digits, underscore) are repeated.
     */
    static EventError named(JacksonException ex) {
        Matcher m = DUPLICATE.matcher(String.valueOf(ex.getOriginalMessage()));
        if (!m.find() || !(ex.getProcessor() instanceof JsonParser parser)) {
            return null;
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        JsonStreamContext top = parser.getParsingContext();
        while (top.getParent() != null && !top.getParent().inRoot()) {
            top = top.getParent();
        }
        Integer event = top.inArray() ? top.getCurrentIndex() : null;
        return new EventError(pointer, event, null, null, m.group(1), "given more than once");
    }

}
