package io.hvs.hazard.mlruns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's {@code meta.yaml} (MLflow 2.x RunInfo).
 *
 * @param runId the 32-hex run id (also the folder name)
 * @param experimentId the experiment id (the parent folder name)
 * @param runName the run name; the reader falls back to the {@code mlflow.runName} tag when empty
 * @param userId the user, never null ({@code unknown} when not recorded)
 * @param status the run status
 * @param startTime epoch milliseconds
 * @param endTime epoch milliseconds, null while the run is going
 * @param artifactUri the artifact location as recorded (may belong to another machine), or null
 * @param lifecycleStage {@code active} or {@code deleted}
 */
public record RunMeta(String runId, String experimentId, String runName, String userId, RunStatus status,
        long startTime, Long endTime, String artifactUri, String lifecycleStage) {

    /** The lifecycle stage of a live run or experiment. */
    public static final String ACTIVE = "active";

    /** True unless the run was deleted. */
    public boolean isActive() {
        return ACTIVE.equals(this.lifecycleStage);
    }

    RunMeta finished(RunStatus newStatus, long endTimeMillis) {
        return new RunMeta(this.runId, this.experimentId, this.runName, this.userId, newStatus, this.startTime,
                endTimeMillis, this.artifactUri, this.lifecycleStage);
    }

    RunMeta withRunName(String name) {
        return new RunMeta(this.runId, this.experimentId, name, this.userId, this.status, this.startTime,
                this.endTime, this.artifactUri, this.lifecycleStage);
    }

    /** Reads meta.yaml leniently: int experiment_id, missing status, stage, run_uuid or run_name. */
    static RunMeta read(YamlMap yaml) {
        String runId = yaml.has("run_id") ? yaml.string("run_id") : yaml.requireString("run_uuid");
        String userId = yaml.string("user_id");
        String stage = yaml.string("lifecycle_stage");
        String runName = yaml.string("run_name");
        return new RunMeta(runId, yaml.requireString("experiment_id"), (runName != null) ? runName : "",
                (userId != null) ? userId : "unknown", RunStatus.parse(yaml.values().get("status"), yaml.file()),
                yaml.requireLong("start_time"), yaml.longValue("end_time"), yaml.string("artifact_uri"),
                (stage != null) ? stage : ACTIVE);
    }

    /** The MLflow 2.x keys, legacy fields included (run_uuid is required by 2.x readers). */
    Map<String, Object> toYaml() {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("artifact_uri", this.artifactUri);
        yaml.put("end_time", this.endTime);
        yaml.put("entry_point_name", "");
        yaml.put("experiment_id", this.experimentId);
        yaml.put("lifecycle_stage", this.lifecycleStage);
        yaml.put("run_id", this.runId);
        yaml.put("run_name", this.runName);
        yaml.put("run_uuid", this.runId);
        yaml.put("source_name", "");
        yaml.put("source_type", 4);
        yaml.put("source_version", "");
        yaml.put("start_time", this.startTime);
        yaml.put("status", this.status.code());
        yaml.put("tags", List.of());
        yaml.put("user_id", this.userId);
        return yaml;
    }

}
