package io.hvs.hazard.mlruns;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.hvs.hazard.mlruns.MlrunsFixtures.MODEL_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelUriResolverTests {

    @TempDir
    Path root;

    private RunWriter run;

    private ModelUriResolver resolver;

    private Path artifacts;

    @BeforeEach
    void writeRun() {
        this.run = MlrunsFixtures.writeCompleteRun(this.root, 42);
        this.resolver = new ModelUriResolver(MlrunsLayout.of(this.root));
        this.artifacts = this.root.resolve(this.run.experimentId()).resolve(this.run.runId()).resolve("artifacts");
    }

    @Test
    void runsUriResolvesToTheRunsArtifactPath() {
        ResolvedModel resolved = this.resolver.resolve("runs:/" + this.run.runId() + "/model");

        assertThat(resolved).isEqualTo(new ResolvedModel("runs:/" + this.run.runId() + "/model", this.run.runId(),
                this.artifacts.resolve("model"), null, null));
        assertThat(this.resolver.resolve("runs:/" + this.run.runId() + "/preprocessing/scaler.json").directory())
            .isEqualTo(this.artifacts.resolve("preprocessing/scaler.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "models:/hvs-hazard-classifier/1", "models:/hvs-hazard-classifier/latest",
            "models:/hvs-hazard-classifier/LATEST", "models:/hvs-hazard-classifier/none",
            "models:/hvs-hazard-classifier@champion" })
    void registeredUrisResolveToVersionOne(String uri) {
        ResolvedModel resolved = this.resolver.resolve(uri);

        assertThat(resolved).isEqualTo(
                new ResolvedModel(uri, this.run.runId(), this.artifacts.resolve("model"), MODEL_NAME, 1));
    }

    @Test
    void subpathsFollowTheVersionOrAlias() {
        assertThat(this.resolver.resolve("models:/hvs-hazard-classifier@champion/tfmodel").directory())
            .isEqualTo(this.artifacts.resolve("model/tfmodel"));
        assertThat(this.resolver.resolve("models:/hvs-hazard-classifier/1/MLmodel").directory())
            .isEqualTo(this.artifacts.resolve("model/MLmodel"));
    }

    @Test
    void stageSelectsTheHighestVersionInThatStage() {
        new MlrunsWriter(MlrunsLayout.of(this.root), MlrunsFixtures.clock(), new java.util.Random(3)).registry()
            .registerVersion(MODEL_NAME, this.run.runId(), "model");
        Path meta = this.root.resolve("models").resolve(MODEL_NAME).resolve("version-1/meta.yaml");
        MlrunsFixtures.write(meta, MlrunsFixtures.read(meta).replace("current_stage: None", "current_stage: Production"));

        assertThat(this.resolver.resolve("models:/hvs-hazard-classifier/production").version()).isEqualTo(1);
        assertThat(this.resolver.resolve("models:/hvs-hazard-classifier/latest").version()).isEqualTo(2);
        assertThatThrownBy(() -> this.resolver.resolve("models:/hvs-hazard-classifier/Staging"))
            .hasMessageContaining("registered model 'hvs-hazard-classifier' has no version in stage 'Staging'");
    }

    @Test
    void unknownRunIsNamed() {
        assertThatThrownBy(() -> this.resolver.resolve("runs:/0123456789abcdef0123456789abcdef/model"))
            .isInstanceOfSatisfying(MlrunsException.class,
                    (ex) -> assertThat(ex.kind()).isEqualTo(MlrunsException.Kind.NOT_FOUND))
            .hasMessageContaining("run 0123456789abcdef0123456789abcdef not found");
    }

    @Test
    void missingArtifactPathIsNamed() {
        assertThatThrownBy(() -> this.resolver.resolve("runs:/" + this.run.runId() + "/no-such-model"))
            .hasMessageContaining("runs:/" + this.run.runId() + "/no-such-model")
            .hasMessageContaining("does not exist");
    }

    @Test
    void unknownAliasVersionAndModelAreNamed() {
        assertThatThrownBy(() -> this.resolver.resolve("models:/hvs-hazard-classifier@challenger"))
            .hasMessageContaining("alias 'challenger' of registered model 'hvs-hazard-classifier' not found");
        assertThatThrownBy(() -> this.resolver.resolve("models:/hvs-hazard-classifier/7"))
            .hasMessageContaining("version 7 of registered model 'hvs-hazard-classifier' not found");
        assertThatThrownBy(() -> this.resolver.resolve("models:/other-model@champion"))
            .hasMessageContaining("registered model 'other-model' not found");
    }

    @Test
    void aVersionWhoseRunIsGoneNamesBoth() {
        Path runDir = this.root.resolve(this.run.experimentId()).resolve(this.run.runId());
        assertThat(runDir.toFile().renameTo(this.root.resolve(this.run.experimentId()).resolve("moved").toFile()))
            .isTrue();

        assertThatThrownBy(() -> this.resolver.resolve("models:/hvs-hazard-classifier@champion"))
            .hasMessageContaining("version 1 of registered model 'hvs-hazard-classifier' refers to a missing run")
            .hasMessageContaining(this.run.runId());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "s3://bucket/model", "runs:/", "runs://model", "runs:/../etc/model",
            "models:/hvs-hazard-classifier", "models:/hvs-hazard-classifier/", "models:/@champion",
            "models:/hvs-hazard-classifier@", "models:/hvs-hazard-classifier/0" })
    void malformedUrisAreRejectedNamingTheUri(String uri) {
        assertThatThrownBy(() -> this.resolver.resolve(uri)).isInstanceOfSatisfying(MlrunsException.class,
                (ex) -> assertThat(ex.kind()).isEqualTo(MlrunsException.Kind.INVALID_ARGUMENT))
            .hasMessageContaining(uri.isEmpty() ? "model URI is empty" : "'" + uri + "'");
    }

}
