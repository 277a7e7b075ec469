package io.hvs.hazard.api;

import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;

/**
 * A request that cannot be answered as sent. The kind decides the HTTP status; {@link #errors()} says where
 * (capped, see {@link #totalErrors()}). Messages never contain input beyond field names.
 */
public class InvalidRequestException extends RuntimeException {

    /** What is wrong with the request, and the HTTP status that says so. */
    public enum Kind {

        /** The body is not JSON at all (or has trailing content). */
        MALFORMED_JSON(400, "Malformed JSON"),

        /** The body is JSON but has the wrong shape or invalid values. */
        INVALID_READINGS(400, "Invalid readings"),

        /** More readings than the service accepts in one request. */
        TOO_MANY_READINGS(413, "Too many readings");

        private final int status;

        private final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }

        public int status() {
            return this.status;
        }

        public String title() {
            return this.title;
        }

    }

    private final Kind kind;

    private final transient List<FieldError> errors;

    private final int totalErrors;

    InvalidRequestException(Kind kind, String detail, List<FieldError> errors, int totalErrors) {
        super(detail);
        this.kind = kind;
        this.errors = List.copyOf(errors);
        this.totalErrors = totalErrors;
    }

    /** A single problem at one place of the body. */
    public static InvalidRequestException of(Kind kind, FieldError error) {
        return new InvalidRequestException(kind, describe(error), List.of(error), 1);
    }

    static InvalidRequestException invalid(List<FieldError> errors, int totalErrors) {
        String detail = (totalErrors == 1) ? describe(errors.get(0))
                : totalErrors + " problems in the request" + ((totalErrors > errors.size())
                        ? " (the first " + errors.size() + " are listed)" : "") + "; first: " + describe(errors.get(0));
        return new InvalidRequestException(Kind.INVALID_READINGS, detail, errors, totalErrors);
    }

    private static String describe(FieldError error) {
        String where = (error.pointer().isEmpty()) ? "request body" : error.pointer();
        return where + ": " + error.reason();
    }

    public Kind kind() {
        return this.kind;
    }

    /** The problems found, in body order, at most {@link HazardRequestDecoder#MAX_ERRORS}. */
    public List<FieldError> errors() {
        return this.errors;
    }

    /** How many problems were found, including those not listed. */
    public int totalErrors() {
        return this.totalErrors;
    }

    /** The body is not JSON: where the parser broke, in Jackson's words (no stack, no source text). */
    static InvalidRequestException malformed(StreamReadException ex) {
        String pointer = "";
        JsonParser parser = ex.getProcessor();
        if (parser != null && parser.getParsingContext() != null) {
            pointer = parser.getParsingContext().pathAsPointer().toString();
        }
        // The original message is Jackson's description of the syntax error (no stack, no source text).
        String reason = "is not valid JSON: " + firstLine(ex.getOriginalMessage());
        if (ex.getLocation() != null) {
            reason += " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")";
        }
        return InvalidRequestException.of(Kind.MALFORMED_JSON, new FieldError(pointer, null, null, reason));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int newline = message.indexOf('\n');
        return (newline < 0) ? message : message.substring(0, newline);
    }

}
