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

    @Bean
    HazardPredictor hazardPredictor(ModelHolder modelHolder, InferenceMetrics inferenceMetrics) {
        return new HazardPredictor(modelHolder, inferenceMetrics);
    }

    @Bean
    ModelHealthIndicator modelHealthIndicator(ModelHolder modelHolder) {
        return new ModelHealthIndicator(modelHolder);
    }

}
