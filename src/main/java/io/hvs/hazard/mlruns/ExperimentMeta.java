package io.hvs.hazard.mlruns;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An experiment's {@code meta.yaml}.
 *
 * @param experimentId the id (also the folder name), e.g. {@code 0} or an 18-digit number
 * @param name the unique name, e.g. {@code Default}
 * @param artifactLocation the recorded artifact root of its runs (may belong to another machine)
 * @param lifecycleStage {@code active} or {@code deleted}
 * @param creationTime epoch milliseconds, or null
 * @param lastUpdateTime epoch milliseconds, or null
 */
public record ExperimentMeta(String experimentId, String name, String artifactLocation, String lifecycleStage,
        Long creationTime, Long lastUpdateTime) {

    /** True unless the experiment was deleted. */
    public boolean isActive() {
        return RunMeta.ACTIVE.equals(this.lifecycleStage);
    }

    static ExperimentMeta read(YamlMap yaml) {
        String stage = yaml.string("lifecycle_stage");
        return new ExperimentMeta(yaml.requireString("experiment_id"), yaml.requireString("name"),
                yaml.string("artifact_location"), (stage != null) ? stage : RunMeta.ACTIVE,
                yaml.longValue("creation_time"), yaml.longValue("last_update_time"));
    }

    Map<String, Object> toYaml() {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("artifact_location", this.artifactLocation);
        yaml.put("creation_time", this.creationTime);
        yaml.put("experiment_id", this.experimentId);
        yaml.put("last_update_time", this.lastUpdateTime);
        yaml.put("lifecycle_stage", this.lifecycleStage);
        yaml.put("name", this.name);
        return yaml;
    }

}
