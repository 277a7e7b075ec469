package io.hvs.hazard.model;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

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
@Validated
@ConfigurationProperties("hvs.model")
public record ModelProperties(@NotBlank @DefaultValue("./mlruns") String trackingUri, @DefaultValue("") String runId,
        @DefaultValue("") String uri, @NotBlank @DefaultValue("hvs-hazard-classifier") String registeredName,
        @NotBlank @DefaultValue("champion") String alias) {

    public ModelProperties {
        runId = (runId != null) ? runId.strip() : "";
        uri = (uri != null) ? uri.strip() : "";
    }

}
