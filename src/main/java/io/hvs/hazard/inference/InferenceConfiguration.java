package io.hvs.hazard.inference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.hvs.hazard.model.ModelLoader;
import io.hvs.hazard.model.ModelLocator;

/**
 * Loads the selected model at start-up (failing start-up when it cannot be served) and exposes the predictor
 * and the model's health.
 */
@Configuration(proxyBeanMethods = false)
class InferenceConfiguration {

    @Bean
    ModelHolder modelHolder(ModelLocator locator, ModelLoader loader) {
        ModelHolder holder = new ModelHolder();
        holder.load(() -> loader.load(locator.locate()));
        return holder;
    }

    @Bean
    HazardPredictor hazardPredictor(ModelHolder modelHolder) {
        return new HazardPredictor(modelHolder);
    }

    @Bean
    ModelHealthIndicator modelHealthIndicator(ModelHolder modelHolder) {
        return new ModelHealthIndicator(modelHolder);
    }

}
