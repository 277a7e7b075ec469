package io.hvs.hazard.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of one request, keeping the first {@link HazardRequestDecoder#MAX_ERRORS} so a
 * huge bad body cannot produce a huge answer. Not thread-safe: one per decode.
 */
final class ErrorCollector {

    private final List<FieldError> errors = new ArrayList<>();

    private int total;

    void add(String pointer, Integer reading, String field, String reason) {
        add(pointer, null, reading, field, reason);
    }

    void add(String pointer, Integer history, Integer reading, String field, String reason) {
        this.total++;
        if (this.errors.size() < HazardRequestDecoder.MAX_ERRORS) {
            this.errors.add(new FieldError(pointer, history, reading, field, reason));
        }
    }

    int total() {
        return this.total;
    }

    void throwIfAny() {
        if (this.total > 0) {
            throw InvalidRequestException.invalid(this.errors, this.total);
        }
    }

    /** RFC 6901: "~" and "/" inside a member name are escaped. */
    static String pointer(String base, String member) {
        if (member.indexOf('~') < 0 && member.indexOf('/') < 0) {
            return base + "/" + member;
        }
        return base + "/" + member.replace("~", "~0").replace("/", "~1");
    }

}
