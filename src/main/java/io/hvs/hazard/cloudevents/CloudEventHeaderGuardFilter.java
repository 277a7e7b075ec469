package io.hvs.hazard.cloudevents;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a response carry ce- (and Kafka-style ce_) headers only when {@link CloudEventController} wrote them as a
 * reply. Spring Cloud Function copies request headers into its responses; a Knative Broker publishes any 2xx with
 * ce- headers as a reply event, so one echoed attribute could loop an event through its own Trigger. Every
 * CloudEvent request is routed away from SCF, so this is the second line: whatever SCF (or anything else) echoes,
 * a plain response never carries ce- headers. Thread-safe.
 */
final class CloudEventHeaderGuardFilter extends OncePerRequestFilter {

    /** Request attribute set by the reply writer: its ce- headers are the reply's own. */
    static final String REPLY_ATTRIBUTE = CloudEventHeaderGuardFilter.class.getName() + ".reply";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new Guard(request, response));
    }

    static boolean isEventHeader(String name) {
        return name != null && name.length() >= 3 && name.regionMatches(true, 0, "ce", 0, 2)
                && (name.charAt(2) == '-' || name.charAt(2) == '_');
    }

    private static final class Guard extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        Guard(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        private boolean blocked(String name) {
            return isEventHeader(name) && this.request.getAttribute(REPLY_ATTRIBUTE) == null;
        }

        @Override
        public void setHeader(String name, String value) {
            if (!blocked(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!blocked(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!blocked(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!blocked(name)) {
                super.addDateHeader(name, date);
            }
        }

        @Override
        public void setIntHeader(String name, int value) {
            if (!blocked(name)) {
                super.setIntHeader(name, value);
            }
        }

        @Override
        public void addIntHeader(String name, int value) {
            if (!blocked(name)) {
                super.addIntHeader(name, value);
            }
        }

    }

}
