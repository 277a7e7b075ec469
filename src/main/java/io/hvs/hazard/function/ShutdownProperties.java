package io.hvs.hazard.function;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service leaves on SIGTERM.
 *
 * @param drain how long to keep serving, readiness DOWN and every response carrying {@code Connection: close},
 * before the web server stops accepting connections ({@code HVS_SHUTDOWN_DRAIN}); {@code 0s} to skip
 */
@ConfigurationProperties("hvs.shutdown")
record ShutdownProperties(@DefaultValue("5s") Duration drain) {

    ShutdownProperties {
        if (drain == null || drain.isNegative()) {
            throw new IllegalArgumentException("hvs.shutdown.drain must not be negative");
        }
    }

}
