package io.hvs.hazard.function;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the service leaves on SIGTERM.
 *
 * @param drain how long to keep serving, readiness DOWN and every response carrying {@code Connection: close},
 * before the web server stops accepting connections ({@code HVS_SHUTDOWN_DRAIN}); {@code 0s} to skip
 */
@Validated
@ConfigurationProperties("hvs.shutdown")
record ShutdownProperties(@NotNull @DefaultValue("5s") Duration drain) {

    ShutdownProperties {
        if (drain.isNegative()) {
            throw new IllegalArgumentException("hvs.shutdown.drain must not be negative");
        }
    }

}
