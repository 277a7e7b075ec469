package io.hvs.hazard.inference;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

import io.hvs.hazard.model.TensorflowRuntime;

/**
 * The {@code inference} section of {@code /actuator/info}: how session calls run here (batching) and the
 * TensorFlow runtime settings that decide per-pod capacity (README "Performance"), so an operator can see what a
 * pod actually runs with.
 */
final class InferenceRuntimeInfoContributor implements InfoContributor {

    private final HazardPredictor predictor;

    InferenceRuntimeInfoContributor(HazardPredictor predictor) {
        this.predictor = predictor;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> inference = new LinkedHashMap<>();
        inference.put("batching", this.predictor.batching());
        inference.put("onednn", TensorflowRuntime.oneDnnOn());
        inference.put("javacpp_resident_size_check", !TensorflowRuntime.residentSizeCheckOff());
        builder.withDetail("inference", inference);
    }

}
