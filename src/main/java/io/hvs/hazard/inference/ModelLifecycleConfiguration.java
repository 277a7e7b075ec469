package io.hvs.hazard.inference;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

import io.hvs.hazard.model.ModelLoader;

/**
 * The model's lifecycle: the start-up load, switching when the switch file changes (edited locally, or the
 * ConfigMap volume's file on plain Kubernetes), load metrics and the info endpoint's model section. Every bean
 * here exists whatever the configuration says (no conditions), so a Spring AOT build, which fixes the bean set at
 * build time, behaves as the JVM does; the switch file watcher is idle without a file.
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
    ModelSwitchFileWatcher modelSwitchFileWatcher(ModelSelection modelSelection, ModelSwitcher modelSwitcher,
            ModelLifecycleProperties lifecycle) {
        return new ModelSwitchFileWatcher(modelSelection, modelSwitcher, lifecycle.switchFilePoll());
    }

    @Bean
    ModelStartup modelStartup(ModelSwitcher modelSwitcher, ModelSwitchFileWatcher modelSwitchFileWatcher,
            ModelLifecycleProperties lifecycle, ObjectProvider<FatalStartupHandler> fatal) {
        return new ModelStartup(modelSwitcher, modelSwitchFileWatcher.initialSelection(), lifecycle,
                fatal.getIfAvailable(ModelLifecycleConfiguration::exitProcess));
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
