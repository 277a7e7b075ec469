package io.hvs.hazard.function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import sun.misc.Signal;

import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;

/**
 * Makes SIGTERM a normal stop: exit status 0 instead of the JVM's 143 (128 + 15). The shutdown is unchanged: the
 * same shutdown hooks run (Spring Boot's closes the context: readiness DOWN, the drain, graceful web-server
 * shutdown within {@code spring.lifecycle.timeout-per-shutdown-phase}), only the status differs, so platforms and
 * scripts that treat a non-zero status as a crash (podman, systemd, CI, a Job) see a clean stop. Installed as
 * early as possible (application starting, registered in {@code META-INF/spring.factories}); SIGINT and SIGKILL
 * keep their usual meaning. Where the JVM does not offer the signal API it logs and keeps the default.
 */
final class SigtermExitCode implements ApplicationListener<ApplicationStartingEvent> {

    private static final Log logger = LogFactory.getLog(SigtermExitCode.class);

    private static volatile boolean installed;

    @Override
    public void onApplicationEvent(ApplicationStartingEvent event) {
        install();
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            // The JVM runs a signal handler on its own thread; System.exit there runs the shutdown hooks as the
            // default handler does (which calls Shutdown.exit(143)).
            Signal.handle(new Signal("TERM"), (signal) -> System.exit(0));
            installed = true;
        }
        catch (IllegalArgumentException | UnsupportedOperationException | LinkageError ex) {
            logger.warn("SIGTERM will end the process with status 143: cannot install a signal handler");
        }
    }

}
