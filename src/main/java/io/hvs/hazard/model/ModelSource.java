package io.hvs.hazard.model;

import java.nio.file.Path;

/**
 * A located model: which run, under which URI, and where its artifacts are on this machine.
 *
 * @param runId the MLflow run id (answered as {@code model_version})
 * @param modelUri the model URI that selected it, normalised to {@code models:/...} or {@code runs:/...}
 * @param registeredName the registered model name, or the configured default when the run was selected directly
 * @param artifactsDir the run's {@code artifacts/} folder inside the local mlruns root
 * @param modelDir the MLflow model folder (holding {@code MLmodel}) inside {@code artifactsDir}
 */
public record ModelSource(String runId, String modelUri, String registeredName, Path artifactsDir, Path modelDir) {
}
