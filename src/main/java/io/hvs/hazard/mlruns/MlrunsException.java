package io.hvs.hazard.mlruns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The one unchecked exception of the mlruns package. Its message always names the file, run,
 * model or URI that is missing or malformed, so that a start-up failure says exactly what to fix.
 */
public final class MlrunsException extends RuntimeException {

    /** What went wrong; callers map it to their own errors. */
    public enum Kind {

        /** A run, experiment, registered model, version, alias, file or directory does not exist. */
        NOT_FOUND,

        /** A file exists but its content does not follow the MLflow format. */
        MALFORMED,

        /** A caller passed an invalid URI, key, name or value. */
        INVALID_ARGUMENT,

        /** The store already holds a different value (params are immutable, run ids unique). */
        CONFLICT,

        /** Reading or writing the file system failed. */
        IO

    }

    private final Kind kind;

    private MlrunsException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** The kind of failure. */
    public Kind kind() {
        return this.kind;
    }

    static MlrunsException notFound(String message) {
        return new MlrunsException(Kind.NOT_FOUND, message, null);
    }

    static MlrunsException malformed(Path file, String reason) {
        return new MlrunsException(Kind.MALFORMED, "malformed " + file + ": " + reason, null);
    }

    static MlrunsException malformed(Path file, String reason, Throwable cause) {
        return new MlrunsException(Kind.MALFORMED, "malformed " + file + ": " + reason, cause);
    }

    static MlrunsException invalid(String message) {
        return new MlrunsException(Kind.INVALID_ARGUMENT, message, null);
    }

    static MlrunsException conflict(String message) {
        return new MlrunsException(Kind.CONFLICT, message, null);
    }

    static MlrunsException io(String action, Path path, IOException cause) {
        return new MlrunsException(Kind.IO, "cannot " + action + " " + path + ": " + cause.getMessage(),
                new UncheckedIOException(cause));
    }

}
