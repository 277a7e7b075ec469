package io.hvs.hazard.model;

import java.nio.file.Path;

import io.hvs.hazard.mlruns.MlrunsException;
import io.hvs.hazard.mlruns.MlrunsLayout;
import io.hvs.hazard.mlruns.MlrunsReader;
import io.hvs.hazard.mlruns.ModelUriResolver;
import io.hvs.hazard.mlruns.ResolvedModel;

/**
 * Picks the model to serve from {@link ModelProperties}: {@code uri} if set, else the run {@code run-id} (its
 * {@code model} artifact), else {@code models:/<registered-name>@<alias>}; and finds it in the local mlruns
 * folder, even when the run recorded absolute artifact paths of another machine.
 */
public final class ModelLocator {

    /** The artifact path MLflow's log_model uses for the run's model, and ours. */
    static final String MODEL_ARTIFACT = "model";

    private final ModelProperties properties;

    public ModelLocator(ModelProperties properties) {
        this.properties = properties;
    }

    /** The model URI the properties select, before resolution. */
    public String selectedUri() {
        if (!this.properties.uri().isEmpty()) {
            return this.properties.uri();
        }
        if (!this.properties.runId().isEmpty()) {
            return "runs:/" + this.properties.runId() + "/" + MODEL_ARTIFACT;
        }
        return "models:/" + this.properties.registeredName() + "@" + this.properties.alias();
    }

    /**
     * @return the located model
     * @throws ModelLoadException naming the URI and the store when the model is not there
     */
    public ModelSource locate() {
        String uri = selectedUri();
        MlrunsLayout layout;
        try {
            layout = MlrunsLayout.fromTrackingUri(this.properties.trackingUri());
        }
        catch (MlrunsException ex) {
            throw new ModelLoadException("hvs.model.tracking-uri: " + ex.getMessage(), ex);
        }
        try {
            ResolvedModel resolved = new ModelUriResolver(layout).resolve(uri);
            if (resolved.runId() == null || resolved.runId().isBlank()) {
                throw new ModelLoadException("model " + uri + " in " + layout.root() + " belongs to no run");
            }
            MlrunsReader reader = new MlrunsReader(layout);
            Path artifacts = reader.artifactsDir(reader.run(resolved.runId()));
            // A registered model is reported by its pinned version, so the answer says exactly what served it.
            String name = (resolved.registeredName() != null) ? resolved.registeredName()
                    : this.properties.registeredName();
            String reported = (resolved.version() != null) ? "models:/" + name + "/" + resolved.version() : uri;
            return new ModelSource(resolved.runId(), reported, name, artifacts, resolved.directory());
        }
        catch (MlrunsException | IllegalArgumentException ex) {
            throw new ModelLoadException("cannot locate model " + uri + " in mlruns folder " + layout.root() + ": "
                    + ex.getMessage(), ex);
        }
    }

}
