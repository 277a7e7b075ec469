package io.hvs.hazard.model;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hvs.hazard.testsupport.TestFixtures;
import io.hvs.hazard.testsupport.TestFixtures.TinyRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Model selection over one store holding two registered versions: version 1 is the champion, version 2 is not.
 */
class ModelLocatorTests {

    @TempDir
    static Path mlruns;

    private static TinyRun champion;

    private static TinyRun challenger;

    @BeforeAll
    static void writeRuns() {
        champion = TestFixtures.writeRun(mlruns, 0.5, true);
        challenger = TestFixtures.writeRun(mlruns, 0.5, false);
    }

    private static ModelLocator locator(String trackingUri, String runId, String uri) {
        return new ModelLocator(new ModelProperties(trackingUri, runId, uri, TestFixtures.MODEL_NAME, "champion"));
    }

    @Test
    void defaultsToTheChampionAlias() {
        ModelLocator locator = locator(mlruns.toString(), "", "");
        assertThat(locator.selectedUri()).isEqualTo("models:/hvs-hazard-classifier@champion");
        ModelSource source = locator.locate();
        assertThat(source.runId()).isEqualTo(champion.runId());
        assertThat(source.modelUri()).isEqualTo("models:/hvs-hazard-classifier/" + champion.version());
        assertThat(source.modelDir()).isEqualTo(champion.modelDir());
        assertThat(source.artifactsDir()).isEqualTo(champion.artifactsDir());
    }

    @Test
    void runIdWinsOverTheAlias() {
        ModelSource source = locator(mlruns.toString(), challenger.runId(), "").locate();
        assertThat(source.runId()).isEqualTo(challenger.runId());
        assertThat(source.modelUri()).isEqualTo("runs:/" + challenger.runId() + "/model");
        assertThat(source.registeredName()).isEqualTo(TestFixtures.MODEL_NAME);
    }

    @Test
    void uriWinsOverRunId() {
        ModelSource source = locator(mlruns.toString(), champion.runId(), "models:/hvs-hazard-classifier/2")
            .locate();
        assertThat(source.runId()).isEqualTo(challenger.runId());
        assertThat(source.modelDir()).isEqualTo(challenger.modelDir());
    }

    @Test
    void acceptsAFileUriAsTrackingUri() {
        ModelSource source = locator(mlruns.toUri().toString(), "", "runs:/" + champion.runId() + "/model").locate();
        assertThat(source.modelDir()).isEqualTo(champion.modelDir());
    }

    @Test
    void unknownRunIsAClearLoadFailure() {
        assertThatExceptionOfType(ModelLoadException.class)
            .isThrownBy(() -> locator(mlruns.toString(), "0123456789abcdef0123456789abcdef", "").locate())
            .withMessageContaining("runs:/0123456789abcdef0123456789abcdef/model")
            .withMessageContaining(mlruns.toString());
    }

    @Test
    void unknownAliasIsAClearLoadFailure() {
        assertThatExceptionOfType(ModelLoadException.class)
            .isThrownBy(() -> locator(mlruns.toString(), "", "models:/hvs-hazard-classifier@staging").locate())
            .withMessageContaining("models:/hvs-hazard-classifier@staging");
    }

    @Test
    void emptyStoreIsAClearLoadFailure(@TempDir Path empty) {
        assertThatExceptionOfType(ModelLoadException.class)
            .isThrownBy(() -> locator(empty.toString(), "", "").locate())
            .withMessageContaining("models:/hvs-hazard-classifier@champion")
            .withMessageContaining(empty.toString());
    }

}
