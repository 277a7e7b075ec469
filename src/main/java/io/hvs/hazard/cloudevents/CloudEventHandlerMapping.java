package io.hvs.hazard.cloudevents;

import java.util.Collections;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.hvs.hazard.api.InputMode;

/**
 * Routes CloudEvent requests (any mode, see {@link CloudEventMode#detect}) on the function's paths to
 * {@link CloudEventController}, ahead of Spring Cloud Function's own mapping; every other request gets
 * {@code null} here and goes on to Spring Cloud Function unchanged.
 * <p>
 * Why not SCF's CloudEvent support (4.3.x, checked by running it): it echoes every request header into the
 * response, so a reply carries the input's ce-id, ce-type and extensions and matches its own Trigger again; it
 * never percent-decodes; a structured event becomes plain JSON without ce- headers (a failed delivery for
 * Knative); {@code data_base64} turns into an empty payload; a batch is not understood; bad JSON reaches the
 * function as a String. Handling CloudEvents one level up, before SCF, fixes all of that in one place.
 */
final class CloudEventHandlerMapping extends RequestMappingHandlerMapping {

    private final CloudEventController controller;

    CloudEventHandlerMapping(CloudEventController controller) {
        this.controller = controller;
        // Before Spring MVC's main mapping (0) and far before SCF's (lowest precedence - 5).
        setOrder(-1);
    }

    @Override
    protected void initHandlerMethods() {
        detectHandlerMethods(this.controller);
    }

    @Override
    protected boolean isHandler(Class<?> beanType) {
        return false;
    }

    @Override
    protected HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
        CloudEventMode mode = CloudEventMode.detect(request.getContentType(),
                Collections.list(request.getHeaderNames()));
        if (mode == null) {
            return null;
        }
        // For the request metrics and log line (RequestObservationFilter), also when decoding then fails.
        request.setAttribute(InputMode.ATTRIBUTE, mode.inputMode());
        return super.getHandlerInternal(request);
    }

}
