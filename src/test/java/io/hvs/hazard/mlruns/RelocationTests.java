package io.hvs.hazard.mlruns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A copied or moved mlruns folder must still load: recorded absolute URIs are mapped into the local root. */
class RelocationTests {

    @TempDir
    Path original;

    @TempDir
    Path copy;

    @Test
    void aCopiedStoreResolvesArtifactsInsideTheCopy() {
        RunWriter run = MlrunsFixtures.writeCompleteRun(this.original, 42);
        MlrunsFixtures.copyTree(this.original, this.copy);
        Path expected = this.copy.resolve(run.experimentId()).resolve(run.runId()).resolve("artifacts/model");

        ModelUriResolver resolver = new ModelUriResolver(MlrunsLayout.of(this.copy));
        assertThat(resolver.resolve("models:/hvs-hazard-classifier@champion").directory()).isEqualTo(expected);
        assertThat(resolver.resolve("runs:/" + run.runId() + "/model").directory()).isEqualTo(expected);
    }

    @Test
    void aMovedStoreStillLoadsWhenTheOriginalIsGone() throws IOException {
        RunWriter run = MlrunsFixtures.writeCompleteRun(this.original, 42);
        MlrunsFixtures.copyTree(this.original, this.copy);
        deleteTree(this.original);

        ResolvedModel resolved = new ModelUriResolver(MlrunsLayout.of(this.copy))
            .resolve("models:/hvs-hazard-classifier/1");
        assertThat(resolved.directory()).startsWith(this.copy);
        assertThat(MlModelReader.read(resolved.directory()).runId()).isEqualTo(run.runId());
    }

    @Test
    void plainPathAndMlflowArtifactsUrisMapIntoTheRoot() {
        MlrunsFixtures.workedExample(this.copy);
        Path runMeta = this.copy.resolve(MlrunsFixtures.EXAMPLE_EXPERIMENT).resolve(MlrunsFixtures.EXAMPLE_RUN)
            .resolve("meta.yaml");
        String yaml = MlrunsFixtures.read(runMeta);
        MlrunsReader reader = new MlrunsReader(MlrunsLayout.of(this.copy));
        Path expected = runMeta.resolveSibling("artifacts");

        MlrunsFixtures.write(runMeta, yaml.replace("file:///home/alice/proj/mlruns", "/home/alice/proj/mlruns"));
        assertThat(reader.artifactsDir(reader.run(MlrunsFixtures.EXAMPLE_RUN))).isEqualTo(expected);
        MlrunsFixtures.write(runMeta, yaml.replace("file:///home/alice/proj/mlruns", "mlflow-artifacts:"));
        assertThat(reader.artifactsDir(reader.run(MlrunsFixtures.EXAMPLE_RUN))).isEqualTo(expected);
    }

    @Test
    void anExistingCustomArtifactLocationIsUsedAsRecorded() throws IOException {
        MlrunsFixtures.workedExample(this.copy);
        Path runMeta = this.copy.resolve(MlrunsFixtures.EXAMPLE_EXPERIMENT).resolve(MlrunsFixtures.EXAMPLE_RUN)
            .resolve("meta.yaml");
        Path custom = Files.createDirectories(this.original.resolve("shared artifacts/run-1"));
        String uri = FileUris.toFileUri(custom);
        MlrunsFixtures.write(runMeta, MlrunsFixtures.read(runMeta)
            .replaceAll("artifact_uri: .*", "artifact_uri: " + uri));
        MlrunsReader reader = new MlrunsReader(MlrunsLayout.of(this.copy));

        assertThat(uri).contains("shared%20artifacts");
        assertThat(reader.artifactsDir(reader.run(MlrunsFixtures.EXAMPLE_RUN))).isEqualTo(custom);
    }

    @Test
    void missingArtifactsNameTheRunAndBothPlaces() throws IOException {
        RunWriter run = MlrunsFixtures.writeCompleteRun(this.original, 42);
        deleteTree(run.artifactsDir());
        MlrunsReader reader = new MlrunsReader(MlrunsLayout.of(this.original));

        assertThatThrownBy(() -> reader.artifactsDir(reader.run(run.runId())))
            .hasMessageContaining("artifacts of run " + run.runId() + " not found")
            .hasMessageContaining(run.artifactsDir().toString());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

}
