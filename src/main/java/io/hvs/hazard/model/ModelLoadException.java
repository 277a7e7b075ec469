package io.hvs.hazard.model;

/**
 * The selected model cannot be served. The message names the run, the missing file or the mismatching feature;
 * it is meant for the start-up log and is never sent to clients (it contains local paths).
 */
public class ModelLoadException extends RuntimeException {

    public ModelLoadException(String message) {
        super(message);
    }

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }

}
