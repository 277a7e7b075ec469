package io.hvs.hazard.mlruns;

import java.nio.file.Path;

/**
 * A model URI resolved against a local store.
 *
 * @param uri the model URI as given
 * @param runId the run the model belongs to (null only for a registered version without a run)
 * @param directory the existing local directory (or file, for a subpath) the URI names
 * @param registeredName the registered model name, or null for a runs:/ URI
 * @param version the registered version, or null for a runs:/ URI
 */
public record ResolvedModel(String uri, String runId, Path directory, String registeredName, Integer version) {
}
