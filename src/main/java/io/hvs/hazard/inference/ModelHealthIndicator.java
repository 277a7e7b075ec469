package io.hvs.hazard.inference;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import io.hvs.hazard.model.LoadedModel;

/**
 * Health of the served model ("model" in the readiness group): UP once a model is loaded and warmed up, DOWN
 * while pending or failed. Details name the run and URI, never local paths.
 */
class ModelHealthIndicator extends AbstractHealthIndicator {

    private final ModelHolder holder;

    ModelHealthIndicator(ModelHolder holder) {
        super("Model health check failed");
        this.holder = holder;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        ModelHolder.State state = this.holder.state();
        builder.withDetail("state", state.name());
        if (state != ModelHolder.State.READY) {
            builder.down();
            return;
        }
        LoadedModel model = this.holder.acquire();
        try {
            builder.up()
                .withDetail("run_id", model.source().runId())
                .withDetail("model_uri", model.source().modelUri())
                .withDetail("decision_threshold", model.decisionThreshold());
        }
        finally {
            model.release();
        }
    }

}
