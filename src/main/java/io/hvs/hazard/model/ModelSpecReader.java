package io.hvs.hazard.model;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads an MLflow {@code MLmodel} file (YAML; the signature's inputs and outputs are JSON strings inside it, as
 * MLflow writes them) and checks it describes a model this service can serve.
 */
final class ModelSpecReader {

    static final String FILE_NAME = "MLmodel";

    static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelSpecReader() {
    }

    static ModelSpec read(Path modelDir) {
        Path file = modelDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException("MLmodel file not found: " + file);
        }
        Map<String, Object> root;
        try (Reader reader = Files.newBufferedReader(file)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            root = asMap(loaded, file, "the document");
        }
        catch (IOException | RuntimeException ex) {
            if (ex instanceof ModelLoadException mle) {
                throw mle;
            }
            throw new ModelLoadException("cannot read " + file + ": " + ex.getMessage(), ex);
        }
        Map<String, Object> flavors = asMap(root.get("flavors"), file, "flavors");
        Map<String, Object> tf = asMap(flavors.get("tensorflow"), file, "flavors.tensorflow");
        Map<String, Object> signature = asMap(root.get("signature"), file, "signature");
        Map<String, Object> metadata = asMap(root.get("metadata"), file, "metadata");
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
        return new ModelSpec(text(tf, "saved_model_dir", null, file), tags(tf.get("meta_graph_tags"), file),
                text(tf, "signature_def_key", "serving_default", file),
                columnNames(signature.get("inputs"), file, "signature.inputs"),
                columnNames(signature.get("outputs"), file, "signature.outputs"),
                text(metadata, "scaler_artifact", null, file), t.doubleValue(),
                text(metadata, "tensor_input", "features", file),
                text(metadata, "tensor_output", "hazard_probability", file));
    }

    private static List<String> columnNames(Object value, Path file, String key) {
        if (!(value instanceof String json)) {
            throw new ModelLoadException(file + ": " + key + " is missing (expected MLflow's JSON column list)");
        }
        List<String> names = new ArrayList<>();
        try {
            for (JsonNode column : JSON.readTree(json)) {
                JsonNode name = column.get("name");
                if (name == null || !name.isTextual()) {
                    throw new ModelLoadException(file + ": " + key + " has a column without a name");
                }
                names.add(name.asText());
            }
        }
        catch (IOException ex) {
            throw new ModelLoadException(file + ": " + key + " is not valid JSON", ex);
        }
        return names;
    }

    private static List<String> tags(Object value, Path file) {
        if (value == null) {
            return List.of("serve");
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw new ModelLoadException(file + ": flavors.tensorflow.meta_graph_tags must be a list of strings");
    }

    private static String text(Map<String, Object> map, String key, String defaultValue, Path file) {
        Object value = map.get(key);
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        if (value == null && defaultValue != null) {
            return defaultValue;
        }
        throw new ModelLoadException(file + ": " + key + " is missing or not a string");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, Path file, String key) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new ModelLoadException(file + ": " + key + " is missing or not a mapping");
    }

}
