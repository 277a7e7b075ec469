package io.hvs.hazard.mlruns;

import java.nio.file.Path;

/** MLflow's RunStatus, stored in a run's meta.yaml as its int code. */
public enum RunStatus {

    RUNNING(1), SCHEDULED(2), FINISHED(3), FAILED(4), KILLED(5);

    private final int code;

    RunStatus(int code) {
        this.code = code;
    }

    /** The int written to meta.yaml. */
    public int code() {
        return this.code;
    }

    /** The status of a meta.yaml value: missing means RUNNING; an int code or a name is accepted. */
    static RunStatus parse(Object value, Path file) {
        if (value == null) {
            return RUNNING;
        }
        for (RunStatus status : values()) {
            if (String.valueOf(status.code).equals(String.valueOf(value)) || status.name().equals(value)) {
                return status;
            }
        }
        throw MlrunsException.malformed(file, "unknown run status '" + value + "'");
    }

}
