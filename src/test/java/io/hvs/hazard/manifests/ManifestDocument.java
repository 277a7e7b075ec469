package io.hvs.hazard.manifests;

import java.nio.file.Path;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * One YAML document of a manifest file, parsed into its typed model.
 *
 * @param file the file, relative to the project root
 * @param index position of the document in the file (0-based)
 * @param resource the typed resource
 */
record ManifestDocument(Path file, int index, HasMetadata resource) {

    String describe() {
        return this.file + "#" + this.index + " (" + this.resource.getKind() + " "
                + this.resource.getMetadata().getName() + ")";
    }

}
