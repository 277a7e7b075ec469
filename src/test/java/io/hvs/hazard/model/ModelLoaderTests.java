package io.hvs.hazard.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hvs.hazard.testsupport.TestFixtures;
import io.hvs.hazard.testsupport.TestFixtures.TinyRun;
import io.hvs.hazard.testsupport.TinyHazardModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ModelLoaderTests {

    @TempDir
    Path mlruns;

    private Path artifacts;

    private ModelSource source;

    private final ModelLoader loader = new ModelLoader();

    @BeforeEach
    void writeRun() {
        TinyRun run = TestFixtures.writeRun(this.mlruns, 0.25, true);
        this.artifacts = run.artifactsDir();
        this.source = new ModelSource(run.runId(), "runs:/" + run.runId() + "/model", TestFixtures.MODEL_NAME,
                run.artifactsDir(), run.modelDir());
    }

    @Test
    void loadsSignatureOrderScalerAndThreshold() {
        try (LoadedModel model = this.loader.load(this.source)) {
            assertThat(model.featureOrder()).isEqualTo(TinyHazardModel.SIGNATURE_ORDER);
            assertThat(model.decisionThreshold()).isEqualTo(0.25);
            assertThat(model.source()).isEqualTo(this.source);
            assertThat(model.inputTensor()).isNotBlank();
        }
    }

    @Test
    void missingMlModelIsNamed() throws IOException {
        Files.delete(this.source.modelDir().resolve("MLmodel"));
        assertThatExceptionOfType(ModelLoadException.class).isThrownBy(() -> this.loader.load(this.source))
            .withMessageContaining("missing MLmodel file")
            .withMessageContaining(this.source.modelDir().resolve("MLmodel").toString());
    }

    @Test
    void missingScalerIsNamed() throws IOException {
        Path scaler = this.artifacts.resolve("preprocessing/scaler.json");
        Files.delete(scaler);
        assertThatExceptionOfType(ModelLoadException.class).isThrownBy(() -> this.loader.load(this.source))
            .withMessageContaining("scaler artifact not found")
            .withMessageContaining(scaler.toString());
    }

    @Test
    void scalerOrderDifferentFromSignatureNamesTheFeature() throws IOException {
        List<String> swapped = new ArrayList<>(TinyHazardModel.SIGNATURE_ORDER);
        String first = swapped.get(0);
        swapped.set(0, swapped.get(1));
        swapped.set(1, first);
        TestFixtures.writeScaler(this.artifacts.resolve("preprocessing/scaler.json"), swapped);
        assertThatExceptionOfType(ModelLoadException.class).isThrownBy(() -> this.loader.load(this.source))
            .withMessageContaining("scaler feature_names[0] is '" + swapped.get(0) + "'")
            .withMessageContaining("signature input 0 is '" + first + "'");
    }

    @Test
    void signatureWithUnknownFeatureIsNamed() throws IOException {
        Path mlModel = this.source.modelDir().resolve("MLmodel");
        String first = TinyHazardModel.SIGNATURE_ORDER.get(0);
        String text = Files.readString(mlModel);
        assertThat(text).contains("\"" + first + "\"");
        Files.writeString(mlModel, text.replace("\"" + first + "\"", "\"Module_Color\""));
        assertThatExceptionOfType(ModelLoadException.class).isThrownBy(() -> this.loader.load(this.source))
            .withMessageContaining("signature input 'Module_Color' is not one of the 30 features");
    }

    @Test
    void corruptSavedModelIsReported() throws IOException {
        Path pb = this.source.modelDir().resolve("tfmodel/saved_model.pb");
        Files.write(pb, new byte[] { 1, 2, 3, 4, 5 });
        assertThatExceptionOfType(ModelLoadException.class).isThrownBy(() -> this.loader.load(this.source))
            .withMessageContaining("cannot load SavedModel " + this.source.modelDir().resolve("tfmodel"));
    }

    @Test
    void thresholdOutsideZeroOneIsRejected() throws IOException {
        Path mlModel = this.source.modelDir().resolve("MLmodel");
        String text = Files.readString(mlModel);
        assertThat(text).contains("decision_threshold: 0.25");
        Files.writeString(mlModel, text.replace("decision_threshold: 0.25", "decision_threshold: 1.5"));
        assertThatExceptionOfType(ModelLoadException.class).isThrownBy(() -> this.loader.load(this.source))
            .withMessageContaining("decision_threshold must be a number in (0, 1)");
    }

    @Test
    void missingSavedModelIsNamed() throws IOException {
        Path pb = this.source.modelDir().resolve("tfmodel/saved_model.pb");
        Files.delete(pb);
        assertThatExceptionOfType(ModelLoadException.class).isThrownBy(() -> this.loader.load(this.source))
            .withMessageContaining("SavedModel not found: " + pb);
    }

}
