package io.hvs.hazard.function;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Drops the request headers Spring Cloud Function copies into every function response (it starts the response
 * headers from the request's, so Cookie or Authorization would be sent back) and its message bookkeeping
 * headers. A header the function set itself survives: its value differs from the request's. {@code ce-*}
 * headers are left to the CloudEvents layer, which decides what a reply event carries.
 */
final class EchoFreeResponse extends HttpServletResponseWrapper {

    private static final Set<String> BOOKKEEPING = Set.of("id", "timestamp", "uri", "contenttype");

    private static final Set<String> ALWAYS_KEPT = Set.of("content-type", "content-length", "allow", "retry-after");

    private final HttpServletRequest request;

    EchoFreeResponse(HttpServletRequest request, HttpServletResponse response) {
        super(response);
        this.request = request;
    }

    @Override
    public void setHeader(String name, String value) {
        if (keep(name, value)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (keep(name, value)) {
            super.addHeader(name, value);
        }
    }

    private boolean keep(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (ALWAYS_KEPT.contains(lower) || lower.startsWith("ce-")) {
            return true;
        }
        if (BOOKKEEPING.contains(lower)) {
            return false;
        }
        return !Collections.list(this.request.getHeaders(name)).contains(value);
    }

}
