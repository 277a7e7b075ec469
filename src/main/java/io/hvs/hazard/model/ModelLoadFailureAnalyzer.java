package io.hvs.hazard.model;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start-up {@link ModelLoadException} into Boot's short "APPLICATION FAILED TO START" report that names
 * the problem and the settings to check, instead of a long stack trace.
 */
class ModelLoadFailureAnalyzer extends AbstractFailureAnalyzer<ModelLoadException> {

    static final String ACTION = "Check which model is selected (hvs.model.uri / HVS_MODEL_URI, hvs.model.run-id / "
            + "BEST_MLFLOW_RUN_ID, else models:/<hvs.model.registered-name>@<hvs.model.alias>) and the mlruns folder "
            + "(hvs.model.tracking-uri / MLFLOW_TRACKING_URI); the run needs artifacts/model/MLmodel, its SavedModel "
            + "and the scaler artifact (and the clip bounds artifact when MLmodel declares one).";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ModelLoadException cause) {
        return new FailureAnalysis("The model cannot be served: " + cause.getMessage(), ACTION, cause);
    }

}
