package io.hvs.hazard.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of one request, keeping the first {@link HazardRequestDecoder#MAX_ERRORS} so a
 * huge bad body cannot produce a huge answer. Not thread-safe: one per decode.
 */
final class ErrorCollector {

    /** Longest client-supplied member name echoed back; a 60 KB field name must not triple into the answer. */
    static final int MAX_ECHOED_NAME = 64;

    private final List<FieldError> errors = new ArrayList<>();

    private int total;

    void add(String pointer, Integer reading, String field, String reason) {
        add(pointer, null, reading, field, reason);
    }

    void add(String pointer, Integer history, Integer reading, String field, String reason) {
        this.total++;
        if (this.errors.size() < HazardRequestDecoder.MAX_ERRORS) {
            this.errors.add(new FieldError(pointer, history, reading, shortened(field), reason));
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

    /**
     * RFC 6901: "~" and "/" inside a member name are escaped. A name longer than {@link #MAX_ECHOED_NAME} is
     * cut (and marked), so the pointer then names the member's start rather than the whole member.
     */
    static String pointer(String base, String member) {
        String shown = shortened(member);
        if (shown.indexOf('~') < 0 && shown.indexOf('/') < 0) {
            return base + "/" + shown;
        }
        return base + "/" + shown.replace("~", "~0").replace("/", "~1");
    }

    static String shortened(String name) {
        if (name == null || name.length() <= MAX_ECHOED_NAME) {
            return name;
        }
        return name.substring(0, MAX_ECHOED_NAME) + "...(" + name.length() + " chars)";
    }

}
