package io.hvs.hazard.inference;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Health of the served model ("model" in the readiness group): UP once a model is loaded and warmed up, DOWN
 * while pending or failed. It only reads the holder's state (Knative's queue-proxy probes readiness every few
 * milliseconds while a pod starts), so it never touches the model itself.
 */
class ModelHealthIndicator implements HealthIndicator {

    private static final Health UP = Health.up().withDetail("state", ModelHolder.State.READY.name()).build();

    private static final Health PENDING = Health.down().withDetail("state", ModelHolder.State.PENDING.name()).build();

    private static final Health FAILED = Health.down().withDetail("state", ModelHolder.State.FAILED.name()).build();

    private final ModelHolder holder;

    ModelHealthIndicator(ModelHolder holder) {
        this.holder = holder;
    }

    @Override
    public Health health() {
        return switch (this.holder.state()) {
            case READY -> UP;
            case PENDING -> PENDING;
            case FAILED -> FAILED;
        };
    }

}
