package io.hvs.hazard.inference;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * The {@code model} section of {@code /actuator/info}: which run is served, its threshold and training metrics,
 * when it was loaded, and the latest load attempt (a failed switch shows here while the old model serves on).
 */
final class ModelInfoContributor implements InfoContributor {

    private final ModelSwitcher switcher;

    ModelInfoContributor(ModelSwitcher switcher) {
        this.switcher = switcher;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> model = new LinkedHashMap<>();
        ServedModel served = this.switcher.served();
        if (served != null) {
            model.put("name", served.source().registeredName());
            model.put("run_id", served.source().runId());
            model.put("uri", served.source().modelUri());
            model.put("version", served.version());
            model.put("decision_threshold", served.decisionThreshold());
            model.put("loaded_at", served.loadedAt().toString());
            model.put("load_time_ms", served.loadTime().toMillis());
            model.put("training_metrics", served.trainingMetrics());
        }
        SwitchReport last = this.switcher.lastLoad();
        if (last != null) {
            Map<String, Object> lastLoad = new LinkedHashMap<>();
            lastLoad.put("outcome", last.outcome());
            lastLoad.put("trigger", last.trigger());
            if (last.requestedUri() != null) {
                lastLoad.put("requested_uri", last.requestedUri());
            }
            lastLoad.put("at", last.at().toString());
            model.put("last_load", lastLoad);
        }
        builder.withDetail("model", model);
    }

}
