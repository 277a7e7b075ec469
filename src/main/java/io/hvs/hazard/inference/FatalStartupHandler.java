package io.hvs.hazard.inference;

/**
 * What happens when the model configured at start-up cannot be served while loading asynchronously: by
 * default the process logs why and exits with status 1, so the orchestrator sees a failed start instead of a
 * replica that never turns ready. Tests replace it with a bean of this type.
 */
@FunctionalInterface
public interface FatalStartupHandler {

    void modelUnservable(String message, Throwable cause);

}
