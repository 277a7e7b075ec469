package io.hvs.hazard.function;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import io.hvs.hazard.api.ProblemTypes;

/**
 * Problems for failures that carry nothing but a status: requests Tomcat refuses before Spring MVC (a header over
 * {@code server.max-http-request-header-size}, a malformed request line) and error dispatches. The detail is
 * fixed text per status; the container's own message is never passed on (it may quote the request).
 */
final class ContainerProblems {

    static final String HEADER_LIMIT_PROPERTY = "server.max-http-request-header-size";

    private ContainerProblems() {
    }

    static ProblemDetail forStatus(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        HttpStatus resolved = (known != null) ? known : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(resolved, detail(resolved));
        problem.setTitle(resolved.getReasonPhrase());
        problem.setType(type(resolved.value()));
        return problem;
    }

    /** The members of {@link #forStatus} as a JSON object's members, for writers without Spring's Jackson setup. */
    static Map<String, Object> members(int status) {
        ProblemDetail problem = forStatus(status);
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        return members;
    }

    /** The type of a bare HTTP status: 404 gives {@code urn:hvs:problem:not-found}. */
    static URI type(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return ProblemTypes.of((known != null) ? known.name() : "http-" + status);
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request was refused before it reached the service: a malformed request line "
                    + "or headers, or headers larger than the limit (" + HEADER_LIMIT_PROPERTY + ").";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request headers are larger than the limit ("
                    + HEADER_LIMIT_PROPERTY + ").";
            case NOT_FOUND -> "No such endpoint.";
            case METHOD_NOT_ALLOWED -> "The method is not allowed here.";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than the limit.";
            case INTERNAL_SERVER_ERROR -> "The request failed unexpectedly.";
            default -> status.getReasonPhrase() + ".";
        };
    }

}
