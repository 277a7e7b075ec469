package io.hvs.hazard.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.hvs.hazard.mlruns.MlModel;
import io.hvs.hazard.mlruns.MlModelReader;
import io.hvs.hazard.mlruns.MlrunsException;
import io.hvs.hazard.mlruns.MlrunsLayout;
import io.hvs.hazard.mlruns.TensorflowFlavor;

/**
 * Reads the serving-relevant part of an {@code MLmodel} file (parsed by the mlruns package): the tensorflow
 * flavor, the signature's column order and the hvs metadata, and checks this service can serve it.
 */
final class ModelSpecReader {

    static final int SCHEMA_VERSION = 1;

    private ModelSpecReader() {
    }

    static ModelSpec read(Path modelDir) {
        Path file = MlrunsLayout.mlmodelFile(modelDir);
        MlModel model;
        try {
            model = MlModelReader.read(modelDir);
        }
        catch (MlrunsException ex) {
            throw new ModelLoadException(ex.getMessage(), ex);
        }
        TensorflowFlavor tf = model.tensorflowFlavor()
            .orElseThrow(() -> new ModelLoadException(file + ": no tensorflow flavor"));
        if (tf.savedModelDir() == null) {
            throw new ModelLoadException(file + ": the tensorflow flavor has no saved_model_dir");
        }
        if (model.signature() == null) {
            throw new ModelLoadException(file + ": no signature (the feature order comes from it)");
        }
        Map<String, Object> metadata = model.metadata();
        Object schemaVersion = metadata.get("hvs_schema_version");
        if (!(schemaVersion instanceof Number number) || number.intValue() != SCHEMA_VERSION) {
            throw new ModelLoadException(file + ": metadata.hvs_schema_version is " + schemaVersion + ", expected "
                    + SCHEMA_VERSION);
        }
        Object threshold = metadata.get("decision_threshold");
        if (!(threshold instanceof Number t) || !(t.doubleValue() > 0 && t.doubleValue() < 1)) {
            throw new ModelLoadException(file + ": metadata.decision_threshold must be a number in (0, 1), is "
                    + threshold);
        }
        List<String> tags = tf.metaGraphTags().isEmpty() ? List.of("serve") : tf.metaGraphTags();
        String signatureKey = (tf.signatureDefKey() != null) ? tf.signatureDefKey() : "serving_default";
        List<String> outputs = model.signature().outputColumns().stream().map((c) -> c.name()).toList();
        return new ModelSpec(tf.savedModelDir(), tags, signatureKey, model.inputNames(), outputs,
                text(metadata, "scaler_artifact", null, file), t.doubleValue(),
                text(metadata, "tensor_input", "features", file),
                text(metadata, "tensor_output", "hazard_probability", file), optionalText(metadata,
                        "clip_bounds_artifact", file));
    }

    /** A metadata entry that may be absent; present, it must be a non-blank string. */
    private static String optionalText(Map<String, Object> map, String key, Path file) {
        return map.containsKey(key) ? text(map, key, null, file) : null;
    }

    private static String text(Map<String, Object> map, String key, String defaultValue, Path file) {
        Object value = map.get(key);
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        if (value == null && defaultValue != null) {
            return defaultValue;
        }
        throw new ModelLoadException(file + ": metadata." + key + " is missing or not a string");
    }

}
