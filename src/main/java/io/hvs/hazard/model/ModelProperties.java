package io.hvs.hazard.model;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which model the service loads. Precedence: {@code uri} &gt; {@code run-id} &gt;
 * {@code models:/<registered-name>@<alias>}.
 *
 * @param trackingUri the mlruns root, a path or a {@code file:} URI ({@code MLFLOW_TRACKING_URI})
 * @param runId the run to serve ({@code BEST_MLFLOW_RUN_ID}); empty for none
 * @param uri a model URI: {@code runs:/<run>/<path>}, {@code models:/<name>/<version>} or
 * {@code models:/<name>@<alias>}; empty for none
 * @param registeredName the registered model used when neither uri nor run-id is set
 * @param alias the alias of the registered model used by default
 */
@ConfigurationProperties("hvs.model")
public record ModelProperties(@DefaultValue("./mlruns") String trackingUri, @DefaultValue("") String runId,
        @DefaultValue("") String uri, @DefaultValue("hvs-hazard-classifier") String registeredName,
        @DefaultValue("champion") String alias) {

    // Checked here rather than by Bean Validation: bootstrapping Hibernate Validator cost ~0.7 s of start-up
    // (issue 7) for these few rules. Boot reports the exception naming the property.
    public ModelProperties {
        requireText(trackingUri, "tracking-uri");
        requireText(registeredName, "registered-name");
        requireText(alias, "alias");
        runId = (runId != null) ? runId.strip() : "";
        uri = (uri != null) ? uri.strip() : "";
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("hvs.model." + name + " must not be blank");
        }
    }

}
