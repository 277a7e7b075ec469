package io.hvs.hazard.inference;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

import io.hvs.hazard.model.ModelLoader;

/**
 * The model's lifecycle: the start-up load, switching on a configuration refresh (Kubernetes ConfigMap) or on
 * an edit of the switch file, load metrics and the info endpoint's model section.
 */
@Configuration(proxyBeanMethods = false)
class ModelLifecycleConfiguration {

    private static final Log logger = LogFactory.getLog(ModelLifecycleConfiguration.class);

    @Bean
    ModelSwitcher modelSwitcher(ModelHolder modelHolder, ModelLoader modelLoader, MeterRegistry registry) {
        return new ModelSwitcher(modelHolder, modelLoader, new ModelLifecycleMetrics(registry));
    }

    @Bean
    ModelSelection modelSelection(ConfigurableEnvironment environment, ModelLifecycleProperties lifecycle) {
        return new ModelSelection(environment, lifecycle.switchFile());
    }

    @Bean
    ModelStartup modelStartup(ModelSwitcher modelSwitcher, ModelSelection modelSelection,
            ModelLifecycleProperties lifecycle, ObjectProvider<FatalStartupHandler> fatal) {
        return new ModelStartup(modelSwitcher, modelSelection.current(), lifecycle,
                fatal.getIfAvailable(ModelLifecycleConfiguration::exitProcess));
    }

    @Bean
    ModelEnvironmentListener modelEnvironmentListener(ModelSelection modelSelection, ModelSwitcher modelSwitcher) {
        return new ModelEnvironmentListener(modelSelection, modelSwitcher);
    }

    @Bean
    @ConditionalOnProperty("hvs.model-lifecycle.switch-file")
    ModelSwitchFileWatcher modelSwitchFileWatcher(ModelSelection modelSelection, ModelSwitcher modelSwitcher,
            ModelLifecycleProperties lifecycle) {
        return new ModelSwitchFileWatcher(modelSelection, modelSwitcher, lifecycle.switchFilePoll());
    }

    @Bean
    ModelInfoContributor modelInfoContributor(ModelSwitcher modelSwitcher) {
        return new ModelInfoContributor(modelSwitcher);
    }

    /** A replica that can never serve must not sit there unready: exit, and let the orchestrator report it. */
    private static FatalStartupHandler exitProcess() {
        return (message, cause) -> {
            logger.error(message);
            System.exit(1);
        };
    }

}
