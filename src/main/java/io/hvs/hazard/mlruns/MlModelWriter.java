package io.hvs.hazard.mlruns;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes an {@code MLmodel} file as MLflow 2.20 does (sorted keys, null-valued optional keys dropped). */
public final class MlModelWriter {

    private MlModelWriter() {
    }

    /** Writes {@code <modelDir>/MLmodel}, creating the directory; returns the file. */
    public static Path write(Path modelDir, MlModel model) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        putIfPresent(yaml, "artifact_path", model.artifactPath());
        yaml.put("flavors", model.flavors());
        if (!model.metadata().isEmpty()) {
            yaml.put("metadata", model.metadata());
        }
        putIfPresent(yaml, "mlflow_version", model.mlflowVersion());
        putIfPresent(yaml, "model_size_bytes", model.modelSizeBytes());
        yaml.put("model_uuid", model.modelUuid());
        putIfPresent(yaml, "run_id", model.runId());
        putIfPresent(yaml, "saved_input_example_info", model.savedInputExampleInfo());
        if (model.signature() != null) {
            Map<String, Object> signature = new LinkedHashMap<>();
            signature.put("inputs", model.signature().inputs());
            signature.put("outputs", model.signature().outputs());
            signature.put("params", model.signature().params());
            yaml.put("signature", signature);
            // 2.20+ records whether the signature came from type hints; ours never does.
            yaml.put("is_signature_from_type_hint", false);
            yaml.put("type_hint_from_example", false);
        }
        yaml.put("utc_time_created", model.utcTimeCreated());
        Path file = MlrunsLayout.mlmodelFile(modelDir);
        MlrunsYaml.write(file, yaml);
        return file;
    }

    private static void putIfPresent(Map<String, Object> yaml, String key, Object value) {
        if (value != null) {
            yaml.put(key, value);
        }
    }

}
