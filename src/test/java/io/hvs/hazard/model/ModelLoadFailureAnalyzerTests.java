package io.hvs.hazard.model;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class ModelLoadFailureAnalyzerTests {

    @Test
    void namesTheProblemAndTheSettingsToCheck() {
        ModelLoadException cause = new ModelLoadException("missing MLmodel file /srv/mlruns/1/abc/artifacts/model/MLmodel");
        FailureAnalysis analysis = new ModelLoadFailureAnalyzer()
            .analyze(new BeanCreationException("modelHolder", "failed", cause));
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("missing MLmodel file /srv/mlruns/1/abc/artifacts/model/MLmodel");
        assertThat(analysis.getAction()).contains("BEST_MLFLOW_RUN_ID", "MLFLOW_TRACKING_URI", "HVS_MODEL_URI");
    }

}
