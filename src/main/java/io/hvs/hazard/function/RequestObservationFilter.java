package io.hvs.hazard.function;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

import io.hvs.hazard.api.InputMode;

/**
 * Around every non-actuator request, outermost of our filters so rejections (404, 405, 413, 415) count too:
 * puts the request id, trace id and (binary-mode) CloudEvent id into the MDC and echoes the request id in
 * {@code X-Request-Id}; afterwards records {@link RequestMetrics} with the input mode the decoder set
 * ({@link InputMode#ATTRIBUTE}, plain JSON if none), writes one summary line (no readings in it: DEBUG for
 * successes, INFO for client errors, WARN for server errors) and clears the MDC.
 */
final class RequestObservationFilter extends OncePerRequestFilter {

    private static final Log logger = LogFactory.getLog(RequestObservationFilter.class);

    private static final String ACTUATOR = "/actuator";

    private static final String CE_ID_HEADER = "ce-id";

    private final RequestMetrics metrics;

    RequestObservationFilter(RequestMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return path.equals(ACTUATOR) || path.startsWith(ACTUATOR + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        String requestId = RequestCorrelation.requestId(request.getHeader(RequestCorrelation.REQUEST_ID_HEADER));
        MDC.put(RequestCorrelation.REQUEST_ID, requestId);
        RequestCorrelation.putTrace(request.getHeader(RequestCorrelation.TRACEPARENT_HEADER));
        String binaryEventId = request.getHeader(CE_ID_HEADER);
        if (binaryEventId != null) {
            MDC.put(RequestCorrelation.EVENT_ID, binaryEventId);
        }
        response.setHeader(RequestCorrelation.REQUEST_ID_HEADER, requestId);
        try {
            chain.doFilter(request, response);
        }
        finally {
            try {
                observe(request, response.getStatus(), System.nanoTime() - start);
            }
            finally {
                RequestCorrelation.clear();
            }
        }
    }

    private void observe(HttpServletRequest request, int status, long nanos) {
        String path = path(request);
        InputMode mode = (request.getAttribute(InputMode.ATTRIBUTE) instanceof InputMode set) ? set : InputMode.JSON;
        int readings = (request.getAttribute(InputMode.READINGS_ATTRIBUTE) instanceof Integer n) ? n : 0;
        this.metrics.record(this.metrics.endpoint(path), mode, status, nanos, readings);
        if (request.getAttribute(InputMode.EVENT_ID_ATTRIBUTE) instanceof String eventId) {
            MDC.put(RequestCorrelation.EVENT_ID, eventId);
        }
        boolean serverError = status >= 500;
        boolean clientError = status >= 400 && !serverError;
        if (serverError ? logger.isWarnEnabled() : clientError ? logger.isInfoEnabled() : logger.isDebugEnabled()) {
            String line = request.getMethod() + " " + path + " " + status + " " + mode.label() + " readings="
                    + readings + " " + (nanos / 1_000) + "us";
            if (serverError) {
                logger.warn(line);
            }
            else if (clientError) {
                logger.info(line);
            }
            else {
                logger.debug(line);
            }
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

}
