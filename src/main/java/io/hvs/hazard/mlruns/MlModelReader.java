package io.hvs.hazard.mlruns;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an {@code MLmodel} file. Unknown top-level keys are ignored; the signature and the
 * tensorflow flavor are checked here, so a MALFORMED names the file at load time.
 */
public final class MlModelReader {

    private MlModelReader() {
    }

    /** Reads {@code <modelDir>/MLmodel}; NOT_FOUND names the missing file. */
    public static MlModel read(Path modelDir) {
        Path file = MlrunsLayout.mlmodelFile(modelDir);
        if (!Files.isRegularFile(file)) {
            throw MlrunsException.notFound("missing MLmodel file " + file);
        }
        YamlMap yaml = MlrunsYaml.read(file);
        Map<String, Map<String, Object>> flavors = new LinkedHashMap<>();
        yaml.map("flavors").forEach((name, config) -> {
            if (!(config instanceof Map<?, ?> map)) {
                throw MlrunsException.malformed(file, "flavor '" + name + "' is not a mapping");
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(String.valueOf(key), value));
            flavors.put(name, copy);
        });
        if (flavors.isEmpty()) {
            throw MlrunsException.malformed(file, "no flavors");
        }
        if (flavors.containsKey(TensorflowFlavor.FLAVOR_NAME)) {
            TensorflowFlavor.from(flavors.get(TensorflowFlavor.FLAVOR_NAME), file);
        }
        ModelSignature signature = signature(yaml);
        Map<String, Object> exampleInfo = yaml.has("saved_input_example_info") ? yaml.map("saved_input_example_info")
                : null;
        return new MlModel(yaml.string("artifact_path"), flavors, yaml.string("model_uuid"), yaml.string("run_id"),
                yaml.string("utc_time_created"), yaml.string("mlflow_version"), signature, exampleInfo,
                yaml.longValue("model_size_bytes"), yaml.map("metadata"));
    }

    private static ModelSignature signature(YamlMap yaml) {
        if (!yaml.has("signature")) {
            return null;
        }
        YamlMap parts = new YamlMap(yaml.file(), yaml.map("signature"));
        ModelSignature signature = new ModelSignature(parts.string("inputs"), parts.string("outputs"),
                parts.string("params"));
        try {
            signature.inputColumns();
            signature.outputColumns();
        }
        catch (MlrunsException ex) {
            throw MlrunsException.malformed(yaml.file(), ex.getMessage(), ex);
        }
        return signature;
    }

}
