package io.hvs.hazard.inference;

import java.util.concurrent.CompletionException;

import org.springframework.beans.factory.InitializingBean;

import io.hvs.hazard.model.ModelProperties;

/**
 * Loads the configured model as soon as this bean exists, while the rest of the context is still being created:
 * in the background by default, so the web server and liveness come up while readiness stays DOWN until the
 * model is loaded and warmed up; or blocking, so a failure fails the context. Either way a model that cannot be
 * served at start-up ends the process (the async path through the {@link FatalStartupHandler}).
 * <p>
 * Why not once every singleton exists: the load (mostly TensorFlow's own code) then ran after the context, on
 * the critical path to readiness; started here it overlaps the remaining bean creation (issue 7).
 */
final class ModelStartup implements InitializingBean {

    static final String TRIGGER = "startup";

    private final ModelSwitcher switcher;

    private final ModelProperties model;

    private final ModelLifecycleProperties lifecycle;

    private final FatalStartupHandler fatal;

    ModelStartup(ModelSwitcher switcher, ModelProperties model, ModelLifecycleProperties lifecycle,
            FatalStartupHandler fatal) {
        this.switcher = switcher;
        this.model = model;
        this.lifecycle = lifecycle;
        this.fatal = fatal;
    }

    @Override
    public void afterPropertiesSet() {
        if (this.lifecycle.startup() == ModelLifecycleProperties.Startup.BLOCKING) {
            this.switcher.load(this.model, TRIGGER);
            return;
        }
        this.switcher.loadAsync(this.model, TRIGGER).exceptionally((ex) -> {
            if (this.switcher.isClosed()) {
                // Shut down while loading: not a broken model.
                return null;
            }
            Throwable cause = (ex instanceof CompletionException) ? ex.getCause() : ex;
            this.fatal.modelUnservable("The configured model cannot be served, stopping: " + cause.getMessage(),
                    cause);
            return null;
        });
    }

}
