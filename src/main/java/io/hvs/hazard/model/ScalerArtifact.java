package io.hvs.hazard.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fitted standard scaler a run stores beside its model: {@code scaled = (x - mean) / scale} per feature.
 *
 * @param featureNames the features, in the model signature's order
 * @param mean per-feature mean, same order
 * @param scale per-feature scale (&gt; 0), same order
 */
record ScalerArtifact(List<String> featureNames, double[] mean, double[] scale) {

    static ScalerArtifact read(Path file) {
        JsonNode root = ArtifactJson.read(file, "scaler artifact");
        if (!"StandardScaler".equals(root.path("type").asText())) {
            throw new ModelLoadException(file + ": type must be StandardScaler");
        }
        List<String> names = new ArrayList<>();
        root.path("feature_names").forEach((name) -> names.add(name.asText()));
        double[] mean = ArtifactJson.finiteNumbers(root.path("mean"), names.size(), file, "mean");
        double[] scale = ArtifactJson.finiteNumbers(root.path("scale"), names.size(), file, "scale");
        for (int i = 0; i < scale.length; i++) {
            if (!(scale[i] > 0)) {
                throw new ModelLoadException(file + ": scale of feature " + names.get(i) + " must be > 0");
            }
        }
        return new ScalerArtifact(List.copyOf(names), mean, scale);
    }

}
