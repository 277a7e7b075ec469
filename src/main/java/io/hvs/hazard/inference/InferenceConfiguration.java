package io.hvs.hazard.inference;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The model holder, the predictor and the model's health. When the model is loaded (and switched) is decided
 * by {@link ModelLifecycleConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class InferenceConfiguration {

    @Bean
    ModelHolder modelHolder() {
        return new ModelHolder();
    }

    @Bean
    InferenceMetrics inferenceMetrics(MeterRegistry registry) {
        return new InferenceMetrics(registry);
    }

    /** Closed with the context (its inferred close method), which stops the batching thread. */
    @Bean
    HazardPredictor hazardPredictor(ModelHolder modelHolder, InferenceMetrics inferenceMetrics,
            InferenceProperties inference) {
        return new HazardPredictor(modelHolder, inferenceMetrics,
                inference.batching() ? inference.maxReadings() : 0);
    }

    @Bean
    InferenceRuntimeInfoContributor inferenceRuntimeInfoContributor(HazardPredictor hazardPredictor) {
        return new InferenceRuntimeInfoContributor(hazardPredictor);
    }

    @Bean
    ModelHealthIndicator modelHealthIndicator(ModelHolder modelHolder) {
        return new ModelHealthIndicator(modelHolder);
    }

}
