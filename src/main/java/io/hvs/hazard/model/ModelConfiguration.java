package io.hvs.hazard.model;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Model selection and loading; the inference package decides when to load.
 */
@Configuration(proxyBeanMethods = false)
class ModelConfiguration {

    @Bean
    ModelLocator modelLocator(ModelProperties properties) {
        return new ModelLocator(properties);
    }

    @Bean
    ModelLoader modelLoader() {
        return new ModelLoader();
    }

}
