package io.hvs.hazard.mlruns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A registered model version's {@code models/<name>/version-<N>/meta.yaml}.
 *
 * @param name the registered model name
 * @param version the version number, from 1
 * @param runId the run the model was logged in, or null
 * @param source where the model came from, e.g. {@code file:///.../<exp>/<run>/artifacts/model}
 * @param storageLocation where MLflow downloads it from (same as source for a runs:/ registration), or null
 * @param currentStage {@code None}, {@code Staging}, {@code Production}, {@code Archived} or {@code Deleted_Internal}
 * @param status {@code READY}, {@code PENDING_REGISTRATION} or {@code FAILED_REGISTRATION}
 * @param creationTimestamp epoch milliseconds
 * @param lastUpdatedTimestamp epoch milliseconds
 * @param description the description, or null
 */
public record ModelVersion(String name, int version, String runId, String source, String storageLocation,
        String currentStage, String status, long creationTimestamp, long lastUpdatedTimestamp, String description) {

    /** The stage of a version in no stage: the plain string {@code None}, not YAML null. */
    public static final String STAGE_NONE = "None";

    /** The stage MLflow gives a deleted version whose folder stays. */
    public static final String STAGE_DELETED = "Deleted_Internal";

    public static final String STATUS_READY = "READY";

    /** The location MLflow downloads the model from: storage_location, else source. */
    public String downloadLocation() {
        return (this.storageLocation != null && !this.storageLocation.isBlank()) ? this.storageLocation : this.source;
    }

    static ModelVersion read(YamlMap yaml) {
        long version = yaml.requireLong("version");
        if (version < 1 || version > Integer.MAX_VALUE) {
            throw MlrunsException.malformed(yaml.file(), "version " + version + " is out of range");
        }
        String stage = yaml.string("current_stage");
        String status = yaml.string("status");
        return new ModelVersion(yaml.requireString("name"), (int) version, yaml.string("run_id"),
                yaml.string("source"), yaml.string("storage_location"), (stage != null) ? stage : STAGE_NONE,
                (status != null) ? status : STATUS_READY, yaml.requireLong("creation_timestamp"),
                yaml.requireLong("last_updated_timestamp"), yaml.string("description"));
    }

    Map<String, Object> toYaml() {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("aliases", List.of());
        yaml.put("creation_timestamp", this.creationTimestamp);
        yaml.put("current_stage", this.currentStage);
        yaml.put("description", this.description);
        yaml.put("last_updated_timestamp", this.lastUpdatedTimestamp);
        yaml.put("name", this.name);
        yaml.put("run_id", this.runId);
        yaml.put("run_link", null);
        yaml.put("source", this.source);
        yaml.put("status", this.status);
        yaml.put("status_message", null);
        yaml.put("storage_location", this.storageLocation);
        yaml.put("user_id", null);
        yaml.put("version", this.version);
        return yaml;
    }

}
