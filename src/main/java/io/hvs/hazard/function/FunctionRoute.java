package io.hvs.hazard.function;

import java.io.IOException;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.GenericMessage;

/**
 * One HTTP route to a {@code Message<byte[]>} function: the body bytes in as the payload, the answer's payload
 * and Content-Type out, nothing else copied either way. Exceptions propagate to the problem-details advice.
 * Thread-safe when the function is.
 */
final class FunctionRoute {

    private final Function<Message<byte[]>, Message<byte[]>> function;

    FunctionRoute(Function<Message<byte[]>, Message<byte[]>> function) {
        this.function = function;
    }

    /** Invoked by Spring MVC as a handler method (see {@link FunctionRouteMapping}). */
    public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The guard filter has checked method, type and declared length; the stream enforces the limit.
        byte[] body = request.getInputStream().readAllBytes();
        Message<byte[]> answer = this.function.apply(new GenericMessage<>(body));
        Object type = answer.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        response.setContentType((type != null) ? type.toString() : MediaType.APPLICATION_JSON_VALUE);
        byte[] payload = answer.getPayload();
        response.setContentLength(payload.length);
        response.getOutputStream().write(payload);
    }

}
