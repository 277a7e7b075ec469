package io.hvs.hazard.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hvs.hazard.features.ClipBounds;
import io.hvs.hazard.testsupport.TestFixtures;
import io.hvs.hazard.testsupport.TestFixtures.TinyRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The clip bounds artifact: loaded with the model when MLmodel declares it, a start-up failure when broken. */
class ClipBoundsLoadingTests {

    @TempDir
    Path mlruns;

    private Path boundsFile;

    private ModelSource source;

    private final ModelLoader loader = new ModelLoader();

    @BeforeEach
    void writeRun() {
        TinyRun run = TestFixtures.writeRun(this.mlruns, 0.5, true);
        this.boundsFile = run.artifactsDir().resolve("preprocessing/clip_bounds.json");
        this.source = new ModelSource(run.runId(), "runs:/" + run.runId() + "/model", TestFixtures.MODEL_NAME,
                run.artifactsDir(), run.modelDir());
    }

    @Test
    void declaredBoundsAreLoadedWithTheModel() {
        try (LoadedModel model = this.loader.load(this.source)) {
            assertThat(model.clipBounds())
                .contains(new ClipBounds(TestFixtures.CLIP_LOWER, TestFixtures.CLIP_UPPER));
        }
    }

    @Test
    void modelThatDeclaresNoBoundsLoadsWithoutThem() throws IOException {
        Path mlModel = this.source.modelDir().resolve("MLmodel");
        String text = Files.readString(mlModel);
        assertThat(text).contains("clip_bounds_artifact: preprocessing/clip_bounds.json\n");
        Files.writeString(mlModel, text.replaceAll("(?m)^ *clip_bounds_artifact: .*\n", ""));
        Files.delete(this.boundsFile);
        try (LoadedModel model = this.loader.load(this.source)) {
            assertThat(model.clipBounds()).isEmpty();
        }
    }

    @Test
    void declaredButMissingBoundsFailNamingTheFile() throws IOException {
        Files.delete(this.boundsFile);
        assertThatExceptionOfType(ModelLoadException.class).isThrownBy(() -> this.loader.load(this.source))
            .withMessageContaining("clip bounds artifact not found")
            .withMessageContaining(this.boundsFile.toString());
    }

    @Test
    void boundsInAnotherSensorOrderFail() throws IOException {
        Files.writeString(this.boundsFile, Files.readString(this.boundsFile)
            .replace("\"Module_Avg_Surface_Temp_C\",\"Module_Max_Surface_Temp_C\"",
                    "\"Module_Max_Surface_Temp_C\",\"Module_Avg_Surface_Temp_C\""));
        assertThatExceptionOfType(ModelLoadException.class).isThrownBy(() -> this.loader.load(this.source))
            .withMessageContaining("sensor_columns must be");
    }

    @Test
    void lowerAboveUpperFailsNamingTheSensor() throws IOException {
        double[] lower = TestFixtures.CLIP_LOWER.clone();
        lower[4] = 101;
        TestFixtures.writeClipBounds(this.boundsFile, lower, TestFixtures.CLIP_UPPER);
        assertThatExceptionOfType(ModelLoadException.class).isThrownBy(() -> this.loader.load(this.source))
            .withMessageContaining("lower[4] > upper[4] for Module_SoC_percent");
    }

    @Test
    void boundsThatAreNotJsonFail() throws IOException {
        Files.writeString(this.boundsFile, "{lower:");
        assertThatExceptionOfType(ModelLoadException.class).isThrownBy(() -> this.loader.load(this.source))
            .withMessageContaining("not valid JSON");
    }

}
