package io.hvs.hazard.inference;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When and how the served model is loaded and switched.
 *
 * @param startup {@code async}: the web server and liveness come up at once while the model loads in the
 * background (readiness stays DOWN; a model that cannot be served stops the process with exit code 1);
 * {@code blocking}: the model loads before the application context finishes starting
 * @param switchFile a properties file with {@code hvs.model.*} keys over the configured selection, polled for
 * changes: a change switches the served model (locally an edited file, on plain Kubernetes the ConfigMap volume's
 * file); a file that does not exist (yet) counts as empty; none by default
 * @param switchFilePoll how often the switch file is checked
 */
@ConfigurationProperties("hvs.model-lifecycle")
public record ModelLifecycleProperties(@DefaultValue("async") Startup startup, Path switchFile,
        @DefaultValue("2s") Duration switchFilePoll) {

    /** How the first model is loaded. */
    public enum Startup {

        ASYNC, BLOCKING

    }

    public ModelLifecycleProperties {
        if (switchFilePoll.isNegative() || switchFilePoll.isZero()) {
            throw new IllegalArgumentException("hvs.model-lifecycle.switch-file-poll must be positive");
        }
    }

}
