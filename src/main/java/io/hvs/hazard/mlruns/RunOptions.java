package io.hvs.hazard.mlruns;

/**
 * Optional settings of a new run; a null component gets MLflow's default.
 *
 * @param runId an explicit 32-hex run id, or null to draw one from the writer's Random
 * @param runName the run name, or null for a random adjective-noun-number name
 * @param userId the user, or null for the OS user ({@code user.name})
 * @param sourceName the {@code mlflow.source.name} tag (e.g. the main class), or null to omit it
 */
public record RunOptions(String runId, String runName, String userId, String sourceName) {

    /** All defaults. */
    public static RunOptions defaults() {
        return new RunOptions(null, null, null, null);
    }

    public RunOptions withRunId(String id) {
        return new RunOptions(id, this.runName, this.userId, this.sourceName);
    }

    public RunOptions withRunName(String name) {
        return new RunOptions(this.runId, name, this.userId, this.sourceName);
    }

    public RunOptions withUserId(String user) {
        return new RunOptions(this.runId, this.runName, user, this.sourceName);
    }

    public RunOptions withSourceName(String source) {
        return new RunOptions(this.runId, this.runName, this.userId, source);
    }

}
