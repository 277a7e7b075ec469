package io.hvs.hazard.mlruns;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code tensorflow} flavor of an MLmodel. {@code tf1-estimator} is the form for a SavedModel
 * exported outside Python (TF Java): MLflow's pyfunc calls {@code signatures[signature_def_key]}.
 *
 * @param modelType {@code tf1-estimator}, {@code tf2-module} or {@code keras}
 * @param savedModelDir the SavedModel folder, relative to the model directory
 * @param metaGraphTags the tags to load (e.g. {@code [serve]}); empty for other model types
 * @param signatureDefKey the SignatureDef to call (e.g. {@code serving_default}), or null
 */
public record TensorflowFlavor(String modelType, String savedModelDir, List<String> metaGraphTags,
        String signatureDefKey) {

    public static final String FLAVOR_NAME = "tensorflow";

    public static final String TF1_ESTIMATOR = "tf1-estimator";

    public TensorflowFlavor {
        metaGraphTags = List.copyOf(metaGraphTags);
    }

    /** A tf1-estimator flavor loading tag {@code serve}. */
    public static TensorflowFlavor tf1Estimator(String savedModelDir, String signatureDefKey) {
        return new TensorflowFlavor(TF1_ESTIMATOR, savedModelDir, List.of("serve"), signatureDefKey);
    }

    Map<String, Object> toConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("saved_model_dir", this.savedModelDir);
        if (!this.metaGraphTags.isEmpty()) {
            config.put("meta_graph_tags", this.metaGraphTags);
        }
        if (this.signatureDefKey != null) {
            config.put("signature_def_key", this.signatureDefKey);
        }
        config.put("model_type", this.modelType);
        return config;
    }

    /** Reads a flavor config; a missing model_type is inferred as MLflow does (keras_version means keras). */
    static TensorflowFlavor from(Map<String, Object> config, Path file) {
        YamlMap yaml = new YamlMap(file, config);
        String type = yaml.string("model_type");
        if (type == null) {
            type = yaml.has("keras_version") ? "keras" : TF1_ESTIMATOR;
        }
        String dir = yaml.string("saved_model_dir");
        if (dir == null && !"keras".equals(type)) {
            throw MlrunsException.malformed(file, "tensorflow flavor has no saved_model_dir");
        }
        List<String> tags = yaml.list("meta_graph_tags").stream().map(String::valueOf).toList();
        return new TensorflowFlavor(type, dir, tags, yaml.string("signature_def_key"));
    }

}
