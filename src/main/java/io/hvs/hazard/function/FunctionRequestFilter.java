package io.hvs.hazard.function;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import io.hvs.hazard.api.InvalidRequestException;

/**
 * Guards the function endpoints before Spring Cloud Function sees a request: paths that are neither a function
 * nor an exposed actuator endpoint 404 (SCF would otherwise hand any path to the only function), other methods than POST 405, non-JSON bodies 415, and
 * bodies over the limit 413, by Content-Length up front and by counting while reading. Request headers that
 * SCF would echo into the response are dropped ({@link EchoFreeResponse}). Failures are resolved
 * through the MVC exception resolvers, so the one advice renders them as problems too.
 */
final class FunctionRequestFilter extends OncePerRequestFilter {

    static final List<MediaType> SUPPORTED = List.of(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));

    private final Supplier<Set<String>> functionPaths;

    private final Supplier<Set<String>> actuatorPaths;

    private final long maxBodyBytes;

    private final HandlerExceptionResolver resolver;

    FunctionRequestFilter(Supplier<Set<String>> functionPaths, Supplier<Set<String>> actuatorPaths, long maxBodyBytes,
            HandlerExceptionResolver resolver) {
        this.functionPaths = functionPaths;
        this.actuatorPaths = actuatorPaths;
        this.maxBodyBytes = maxBodyBytes;
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isActuator(path)) {
            chain.doFilter(request, response);
            return;
        }
        Exception rejection = check(request, path);
        if (rejection != null) {
            this.resolver.resolveException(request, response, null, rejection);
            return;
        }
        try {
            chain.doFilter(new SizeLimitedRequest(request, this.maxBodyBytes), new EchoFreeResponse(request, response));
        }
        catch (ServletException ex) {
            // Thrown while a handler read the body, after the advice could not see it (e.g. during async).
            if (ex.getCause() instanceof RequestBodyTooLargeException tooLarge && !response.isCommitted()) {
                this.resolver.resolveException(request, response, null, tooLarge);
                return;
            }
            if (ex.getCause() instanceof InvalidRequestException notUtf8 && !response.isCommitted()) {
                this.resolver.resolveException(request, response, null, notUtf8);
                return;
            }
            throw ex;
        }
    }

    /** Exposed actuator endpoints only: SCF would answer any other GET with the function. */
    private boolean isActuator(String path) {
        for (String endpoint : this.actuatorPaths.get()) {
            if (path.equals(endpoint) || path.startsWith(endpoint + "/")) {
                return true;
            }
        }
        return false;
    }

    private Exception check(HttpServletRequest request, String path) {
        if (!this.functionPaths.get().contains(path)) {
            return new NoResourceFoundException(HttpMethod.valueOf(request.getMethod()), path);
        }
        if (!HttpMethod.POST.matches(request.getMethod())) {
            return new HttpRequestMethodNotSupportedException(request.getMethod(), List.of(HttpMethod.POST.name()));
        }
        if (request.getContentLengthLong() > this.maxBodyBytes) {
            return new RequestBodyTooLargeException(this.maxBodyBytes);
        }
        return checkContentType(request.getContentType());
    }

    /** JSON and +json types (CloudEvents included) in UTF-8; no Content-Type at all is read as JSON. */
    private static Exception checkContentType(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(header);
        }
        catch (InvalidMediaTypeException ex) {
            return new HttpMediaTypeNotSupportedException("Content-Type '" + header + "' is not a valid media type");
        }
        boolean json = SUPPORTED.stream().anyMatch((supported) -> supported.includes(type));
        Charset charset;
        try {
            charset = type.getCharset();
        }
        catch (IllegalArgumentException ex) {
            charset = StandardCharsets.ISO_8859_1;
        }
        if (!json || (charset != null && !charset.equals(StandardCharsets.UTF_8))) {
            return new HttpMediaTypeNotSupportedException(type, SUPPORTED, HttpMethod.POST);
        }
        return null;
    }

}
