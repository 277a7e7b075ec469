package io.hvs.hazard.function;

import java.lang.reflect.Method;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Sends {@code POST} requests on a few exact paths straight to a {@link FunctionRoute}, ahead of Spring Cloud
 * Function's own mapping; every other request gets {@code null} here and goes on unchanged (CloudEvents are
 * mapped earlier still, by the cloudevents package).
 * <p>
 * Why not SCF's FunctionController for plain JSON (measured with JFR under wrk, issue 7): per request it decodes
 * the body to a String, parses it into a throwaway Jackson tree only to see whether it is a JSON array
 * ({@code JsonMapper.isJsonStringRepresentsCollection}), encodes it back to bytes, copies every request header
 * into message headers and back, and answers through a {@code Mono}: about a third of the request CPU before
 * our code ran. The handler is a {@link HandlerMethod}, so the one problem-details advice still renders its
 * exceptions.
 */
final class FunctionRouteMapping extends AbstractHandlerMapping {

    private static final Method HANDLE = ReflectionUtils.findMethod(FunctionRoute.class, "handle",
            jakarta.servlet.http.HttpServletRequest.class, jakarta.servlet.http.HttpServletResponse.class);

    private final Map<String, HandlerMethod> routes;

    /**
     * @param routes the route served at each path (paths relative to the context path)
     */
    FunctionRouteMapping(Map<String, FunctionRoute> routes) {
        this.routes = Map.copyOf(routes.entrySet()
            .stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                    (entry) -> new HandlerMethod(entry.getValue(), HANDLE))));
        // After the CloudEvents mapping (-1) and Spring MVC's main mapping (0), far before SCF's.
        setOrder(1);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) {
        if (!HttpMethod.POST.matches(request.getMethod())) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return this.routes.get(path);
    }

}
