package io.hvs.hazard.function;

import java.net.URI;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import io.hvs.hazard.api.InvalidRequestException;
import io.hvs.hazard.api.ProblemTypes;
import io.hvs.hazard.inference.InferenceException;

/**
 * Turns every failure into an RFC 9457 {@code application/problem+json} answer: the project's exceptions by
 * kind, Spring MVC's own (404, 405, 415, ...) through {@link ResponseEntityExceptionHandler}, anything else as
 * a generic 500 that is logged with a request id and never echoes the cause. No basePackages: Spring Cloud
 * Function serves the function through its own controller.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final String RETRY_AFTER_SECONDS = "5";

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private static final Log log = LogFactory.getLog(ProblemDetailsAdvice.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(ex.kind().status()),
                ex.getMessage());
        problem.setTitle(ex.kind().title());
        problem.setType(type(ex.kind().name()));
        problem.setProperty("errors", ex.errors());
        if (ex.totalErrors() > ex.errors().size()) {
            problem.setProperty("total_errors", ex.totalErrors());
        }
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler(RequestBodyTooLargeException.class)
    ResponseEntity<ProblemDetail> bodyTooLarge(RequestBodyTooLargeException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, ex.getMessage());
        problem.setTitle("Request body too large");
        problem.setType(type("BODY_TOO_LARGE"));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    @ExceptionHandler(InferenceException.class)
    ResponseEntity<ProblemDetail> inference(InferenceException ex) {
        if (ex.kind() == InferenceException.Kind.MODEL_NOT_READY) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The model is not ready yet; retry later.");
            problem.setTitle("Model not ready");
            problem.setType(type(ex.kind().name()));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
        }
        if (ex.kind() == InferenceException.Kind.HISTORIES_UNSUPPORTED) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_IMPLEMENTED, ex.getMessage());
            problem.setTitle("Raw histories not supported by the served model");
            problem.setType(type(ex.kind().name()));
            return ResponseEntity.status(HttpStatus.NOT_IMPLEMENTED).body(problem);
        }
        return internal(ex);
    }

    /** Anything unexpected, including project exceptions a framework wrapped on the way. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidRequestException invalid) {
                return invalidRequest(invalid);
            }
            if (cause instanceof RequestBodyTooLargeException tooLarge) {
                return bodyTooLarge(tooLarge);
            }
            if (cause instanceof InferenceException inference) {
                return inference(inference);
            }
        }
        return internal(ex);
    }

    private ResponseEntity<ProblemDetail> internal(Exception ex) {
        // The id the request's log lines already carry (RequestObservationFilter), so one search finds them all.
        String requestId = RequestCorrelation.currentRequestId();
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
        }
        log.error("Request " + requestId + " failed", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The prediction failed unexpectedly. Quote request_id when reporting it.");
        problem.setTitle("Internal error");
        problem.setType(ContainerProblems.type(500));
        problem.setProperty("request_id", requestId);
        return ResponseEntity.internalServerError().body(problem);
    }

    /** Framework exceptions: keep Spring's status and ProblemDetail, unwrapping our own causes first. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException tooLarge) {
                return new ResponseEntity<>(bodyTooLarge(tooLarge).getBody(), HttpStatus.PAYLOAD_TOO_LARGE);
            }
            if (cause instanceof InvalidRequestException invalid) {
                ResponseEntity<ProblemDetail> answer = invalidRequest(invalid);
                return new ResponseEntity<>(answer.getBody(), answer.getStatusCode());
            }
        }
        ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        // Spring's own problems (404, 405, 415, ...) get a type of the same scheme instead of about:blank.
        if (answer != null && answer.getBody() instanceof ProblemDetail problem
                && ABOUT_BLANK.equals(problem.getType())) {
            problem.setType(ContainerProblems.type(answer.getStatusCode().value()));
        }
        return answer;
    }

    private static URI type(String kind) {
        return ProblemTypes.of(kind);
    }

}
