package io.hvs.hazard.function;

/**
 * The request body is larger than {@code hvs.http.max-body-size}: answered 413.
 */
class RequestBodyTooLargeException extends RuntimeException {

    RequestBodyTooLargeException(long maxBytes) {
        super("request body is larger than " + maxBytes + " bytes");
    }

}
