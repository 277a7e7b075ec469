package io.hvs.hazard.inference;

import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.ApplicationListener;

/**
 * Switches the model when a configuration refresh changed the selection: Spring Cloud Kubernetes' reload (a
 * watched ConfigMap) refreshes the environment and publishes an {@link EnvironmentChangeEvent}. The changed keys
 * are not trusted to name {@code hvs.model.*} (the ConfigMap holds env-style keys such as
 * {@code HVS_MODEL_ALIAS} that reach the properties through placeholders), so the selection is bound afresh and
 * compared with the last one tried.
 */
final class ModelEnvironmentListener implements ApplicationListener<EnvironmentChangeEvent> {

    static final String TRIGGER = "environment";

    private final ModelSelection selection;

    private final ModelSwitcher switcher;

    ModelEnvironmentListener(ModelSelection selection, ModelSwitcher switcher) {
        this.selection = selection;
        this.switcher = switcher;
    }

    @Override
    public void onApplicationEvent(EnvironmentChangeEvent event) {
        // Failures are logged and counted by the switcher; the old model keeps serving.
        this.switcher.switchIfChanged(this.selection.select(this.selection.readSwitchFile()), TRIGGER);
    }

}
