package io.hvs.hazard.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import io.hvs.hazard.testsupport.TestFixtures;
import io.hvs.hazard.testsupport.TestFixtures.TinyRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Model faults beyond {@link ModelLoaderTests}: a scaler or a signature that does not match the SavedModel or the
 * feature schema. Each must stop the load with a message naming the file and the cause; a model that loads but
 * would compute on the wrong inputs (so answers wrongly) is the failure these tests exist to prevent.
 */
class ModelFaultTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path mlruns;

    private Path scaler;

    private Path mlModel;

    private ModelSource source;

    private final ModelLoader loader = new ModelLoader();

    @BeforeEach
    void writeRun() {
        TinyRun run = TestFixtures.writeRun(this.mlruns, 0.5, true);
        this.scaler = run.artifactsDir().resolve("preprocessing/scaler.json");
        this.mlModel = run.modelDir().resolve("MLmodel");
        this.source = new ModelSource(run.runId(), "runs:/" + run.runId() + "/model", TestFixtures.MODEL_NAME,
                run.artifactsDir(), run.modelDir());
    }

    @Test
    void aScalerWithTooFewMeansIsNamed() throws IOException {
        Map<String, Object> scaler = readScaler();
        ((List<?>) scaler.get("mean")).remove(29);
        JSON.writeValue(this.scaler.toFile(), scaler);
        assertFails(this.scaler.toString(), "mean must be an array of 30 numbers");
    }

    @Test
    void aScalerWithAZeroScaleIsNamed() throws IOException {
        Map<String, Object> scaler = readScaler();
        @SuppressWarnings("unchecked")
        List<Object> scale = (List<Object>) scaler.get("scale");
        scale.set(3, 0.0);
        JSON.writeValue(this.scaler.toFile(), scaler);
        assertFails(this.scaler.toString(), "must be > 0");
    }

    @Test
    void aScalerThatIsNotJsonIsNamed() throws IOException {
        Files.writeString(this.scaler, "{\"type\": \"StandardScaler\", \"mean\": [");
        assertFails(this.scaler.toString());
    }

    @Test
    void aSignatureWithTwentyNineInputsIsRejected() throws IOException {
        Map<String, Object> model = readMlModel();
        @SuppressWarnings("unchecked")
        Map<String, Object> signature = (Map<String, Object>) model.get("signature");
        ArrayNode inputs = (ArrayNode) JSON.readTree((String) signature.get("inputs"));
        inputs.remove(29);
        signature.put("inputs", inputs.toString());
        Files.writeString(this.mlModel, new Yaml().dump(model));
        assertFails("MLmodel signature lacks feature");
    }

    @Test
    void anInputTensorTheSavedModelDoesNotHaveIsRejectedAtLoad() throws IOException {
        setMetadata("tensor_input", "inputs_that_do_not_exist");
        assertFails("inputs_that_do_not_exist");
    }

    @Test
    void anOutputTensorTheSavedModelDoesNotHaveIsRejectedAtLoad() throws IOException {
        setMetadata("tensor_output", "logits_that_do_not_exist");
        assertFails("logits_that_do_not_exist");
    }

    private void setMetadata(String key, String value) throws IOException {
        Map<String, Object> model = readMlModel();
        @SuppressWarnings("unchecked")
        Map<String, Object> metadata = (Map<String, Object>) model.get("metadata");
        metadata.put(key, value);
        Files.writeString(this.mlModel, new Yaml().dump(model));
    }

    private void assertFails(String... named) {
        assertThatExceptionOfType(ModelLoadException.class).isThrownBy(() -> {
            try (LoadedModel model = this.loader.load(this.source)) {
                // Loaded: the fault went unnoticed, the assertion fails.
            }
        }).satisfies((ex) -> assertThat(ex.getMessage()).contains(named));
    }

    private Map<String, Object> readScaler() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> scaler = JSON.readValue(this.scaler.toFile(), Map.class);
        return scaler;
    }

    private Map<String, Object> readMlModel() throws IOException {
        return new Yaml().load(Files.readString(this.mlModel));
    }

}
