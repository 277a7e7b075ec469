package io.hvs.hazard.function;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.GenericMessage;
import org.springframework.util.function.SingletonSupplier;

import io.hvs.hazard.inference.InferenceException;

/**
 * One HTTP route to a {@code Message<byte[]>} function (in production the function as Spring Cloud Function's
 * catalog wraps it): the body bytes in as the payload, the answer's payload and Content-Type out, nothing else
 * copied either way. Exceptions propagate to the problem-details advice. Thread-safe when the function is.
 */
final class FunctionRoute {

    private final Supplier<? extends Function<? super Message<byte[]>, ?>> function;

    FunctionRoute(Function<? super Message<byte[]>, ?> function) {
        this(() -> function);
    }

    /** @param function found on first use, e.g. in a function catalog that is complete only once the context is */
    FunctionRoute(Supplier<? extends Function<? super Message<byte[]>, ?>> function) {
        this.function = SingletonSupplier.of(function);
    }

    /** The function this route calls. */
    Function<? super Message<byte[]>, ?> function() {
        return this.function.get();
    }

    /** Finds the function now, so that a missing one fails start-up rather than the first request. */
    void resolve() {
        this.function.get();
    }

    /** Invoked by Spring MVC as a handler method (see {@link FunctionRouteMapping}). */
    public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = readBody(request);
        Object result = this.function.get().apply(new GenericMessage<>(body));
        if (!(result instanceof Message<?> answer) || !(answer.getPayload() instanceof byte[] payload)) {
            // A catalog that converted the answer into something else: a wiring fault, never the client's.
            throw InferenceException.internal("the function answered "
                    + ((result != null) ? result.getClass().getSimpleName() : "null") + ", not bytes", null);
        }
        Object type = answer.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        response.setContentType((type != null) ? type.toString() : MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(payload.length);
        response.getOutputStream().write(payload);
    }

    /**
     * The guard filter has checked method, type and declared length; the stream enforces the limit. With a
     * declared length the body is read straight into an array of that size (readAllBytes and readNBytes read
     * 8 KB chunks and copy them together: 3.5% of the CPU samples of 100-reading requests); a shorter body (the
     * client gave up) is what it is, and the decoder refuses it.
     */
    private static byte[] readBody(HttpServletRequest request) throws IOException {
        int declared = request.getContentLength();
        if (declared < 0) {
            return request.getInputStream().readAllBytes();
        }
        byte[] body = new byte[declared];
        int read = request.getInputStream().readNBytes(body, 0, declared);
        return (read == declared) ? body : Arrays.copyOf(body, read);
    }

}
