package io.hvs.hazard.cloudevents;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A CloudEvent request that cannot be answered as sent. It is a Spring {@link ErrorResponseException}, so the
 * application's problem-details handling renders it as RFC 9457 problem+json with its {@code errors} list. Every
 * kind is a 4xx: Knative does not retry those and dead-letters the event at once, which is right for a poison
 * event (5xx stays reserved for transient failures such as a model that is not ready yet). Details never contain
 * input beyond attribute and field names.
 */
public class CloudEventException extends ErrorResponseException {

    /** What is wrong, and the HTTP status that says so. */
    public enum Kind {

        /** Attributes missing or invalid, a specversion other than 1.0, malformed structured JSON, no data. */
        INVALID_EVENT(HttpStatus.BAD_REQUEST, "Invalid CloudEvent"),

        /** The event data is not a valid prediction request. */
        INVALID_DATA(HttpStatus.BAD_REQUEST, "Invalid event data"),

        /** The event data holds more readings than the service accepts in one request. */
        TOO_MANY_READINGS(HttpStatus.PAYLOAD_TOO_LARGE, "Too many readings"),

        /** A structured format other than JSON, or data that is not JSON. */
        UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported CloudEvent media type");

        private final HttpStatus status;

        private final String title;

        Kind(HttpStatus status, String title) {
            this.status = status;
            this.title = title;
        }

    }

    /** At most this many problems are listed in one answer. */
    static final int MAX_ERRORS = 50;

    private final Kind kind;

    private final transient List<EventError> errors;

    CloudEventException(Kind kind, List<EventError> errors) {
        super(kind.status, problem(kind, errors), null);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    static CloudEventException of(Kind kind, EventError error) {
        return new CloudEventException(kind, List.of(error));
    }

    private static ProblemDetail problem(Kind kind, List<EventError> errors) {
        List<EventError> listed = errors.subList(0, Math.min(errors.size(), MAX_ERRORS));
        String detail = (errors.size() == 1) ? errors.get(0).describe()
                : errors.size() + " problems in the request; first: " + errors.get(0).describe();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(kind.status, detail);
        problem.setTitle(kind.title);
        // The same type scheme as the plain API's problems (urn:hvs:problem:<kind>).
        problem.setType(URI.create("urn:hvs:problem:" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setProperty("errors", listed);
        return problem;
    }

    public Kind kind() {
        return this.kind;
    }

    /** Every problem found, in body order. */
    public List<EventError> errors() {
        return this.errors;
    }

    @Override
    public String getMessage() {
        return this.kind.title + ": " + getBody().getDetail();
    }

}
