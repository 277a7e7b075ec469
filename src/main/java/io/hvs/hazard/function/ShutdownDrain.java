package io.hvs.hazard.function;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Drains keep-alive clients before the web server shuts down. Without it, Tomcat's graceful shutdown closes idle
 * keep-alive connections, and a client that writes its next request at that moment loses it (seen as "connection
 * closed, no response"). During the drain the service keeps answering, marks every response
 * {@code Connection: close} so clients reconnect (elsewhere, since readiness is already DOWN), and only then lets
 * the web server stop accepting connections. On Knative the queue-proxy has drained already; on plain Kubernetes
 * (no queue-proxy) and for direct clients this is what keeps shutdown lossless.
 * <p>
 * Stops before Spring Boot's web-server graceful shutdown (a higher lifecycle phase stops first). Thread-safe.
 */
final class ShutdownDrain extends OncePerRequestFilter implements SmartLifecycle {

    /** Just above Spring Boot's WebServerGracefulShutdownLifecycle (DEFAULT_PHASE - 1024). */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 512;

    private static final Log logger = LogFactory.getLog(ShutdownDrain.class);

    private final ShutdownProperties properties;

    private volatile boolean running;

    private volatile boolean draining;

    ShutdownDrain(ShutdownProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (this.draining) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
        }
        chain.doFilter(request, response);
    }

    @Override
    public void start() {
        this.running = true;
    }

    @Override
    public void stop() {
        this.draining = true;
        long millis = this.properties.drain().toMillis();
        if (millis > 0) {
            logger.info("Draining for " + millis + " ms: serving with Connection: close before the web server stops");
            try {
                Thread.sleep(millis);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        this.running = false;
    }

    @Override
    public boolean isRunning() {
        return this.running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    boolean isDraining() {
        return this.draining;
    }

}
