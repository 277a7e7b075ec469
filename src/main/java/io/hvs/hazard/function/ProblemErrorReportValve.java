package io.hvs.hazard.function;

import java.io.IOException;
import java.io.PrintWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report as RFC 9457 problem+json instead of its HTML page. Tomcat answers some requests itself,
 * before any filter or Spring MVC sees them (headers over the limit, a malformed request line or URI), and renders
 * those through the host's error report valve; this one writes {@link ContainerProblems} instead, without the
 * container's message or any stack trace. Replaces Tomcat's and Spring Boot's valves (see
 * {@link ContainerErrorConfiguration}). Thread-safe.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

    private static final ObjectMapper JSON = new ObjectMapper();

    ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // The same guard as Tomcat's: only unanswered errors, and only once.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            String body = JSON.writeValueAsString(ContainerProblems.members(status));
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        }
        catch (JsonProcessingException ex) {
            throw new IllegalStateException("Cannot write a problem", ex);
        }
        catch (IOException | IllegalStateException ex) {
            // The connection is gone or the response is already closed: nothing left to tell the client.
        }
    }

}
