package io.hvs.hazard.function;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error dispatch ({@code /error}) as problem+json, replacing Spring Boot's BasicErrorController (its JSON
 * error body is not RFC 9457 and can carry the exception message). Reached when a failure escapes the
 * application before the advice could render it, e.g. a container {@code sendError}. Never echoes the cause.
 */
final class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = (code instanceof Integer value && value >= 400) ? value : 500;
        return ResponseEntity.status(status)
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(ContainerProblems.forStatus(status));
    }

}
