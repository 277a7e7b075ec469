package io.hvs.hazard.function;

import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.MDC;

/**
 * The ids a request's log lines carry, as MDC keys named after Elastic Common Schema fields (the structured
 * log format): {@code http.request.id} (the client's X-Request-Id, else generated), {@code trace.id} and
 * {@code span.id} (from a W3C {@code traceparent}), {@code event.id} (the CloudEvent id).
 */
final class RequestCorrelation {

    static final String REQUEST_ID_HEADER = "X-Request-Id";

    static final String TRACEPARENT_HEADER = "traceparent";

    static final String REQUEST_ID = "http.request.id";

    static final String TRACE_ID = "trace.id";

    static final String SPAN_ID = "span.id";

    static final String EVENT_ID = "event.id";

    private static final int MAX_REQUEST_ID = 128;

    private RequestCorrelation() {
    }

    /** The request id in effect on this thread, or {@code null} outside a request. */
    static String currentRequestId() {
        return MDC.get(REQUEST_ID);
    }

    /** The client's id when it is short and printable (it goes into logs and a header), else a new one. */
    static String requestId(String header) {
        if (header != null && !header.isEmpty() && header.length() <= MAX_REQUEST_ID && isToken(header)) {
            return header;
        }
        // Not a UUID: SecureRandom is needlessly slow for an id that only correlates log lines.
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return hex(random.nextLong(), 16) + hex(random.nextLong(), 16);
    }

    /** Puts trace and span id from a valid W3C traceparent ({@code 00-<32 hex>-<16 hex>-<2 hex>}) into the MDC. */
    static void putTrace(String traceparent) {
        if (traceparent == null || traceparent.length() < 55 || traceparent.charAt(2) != '-'
                || traceparent.charAt(35) != '-' || traceparent.charAt(52) != '-'
                || traceparent.startsWith("ff")) {
            return;
        }
        String traceId = traceparent.substring(3, 35);
        String spanId = traceparent.substring(36, 52);
        if (isLowerHex(traceparent, 0, 2) && isLowerHex(traceId, 0, 32) && isLowerHex(spanId, 0, 16)
                && !isZero(traceId) && !isZero(spanId)) {
            MDC.put(TRACE_ID, traceId);
            MDC.put(SPAN_ID, spanId);
        }
    }

    static void clear() {
        MDC.remove(REQUEST_ID);
        MDC.remove(TRACE_ID);
        MDC.remove(SPAN_ID);
        MDC.remove(EVENT_ID);
    }

    private static boolean isToken(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_' || c == '.' || c == ':';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerHex(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZero(String hex) {
        for (int i = 0; i < hex.length(); i++) {
            if (hex.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    private static String hex(long value, int digits) {
        String text = Long.toHexString(value);
        return "0".repeat(digits - text.length()) + text;
    }

}
