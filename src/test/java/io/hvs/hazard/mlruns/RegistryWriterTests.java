package io.hvs.hazard.mlruns;

import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.hvs.hazard.mlruns.MlrunsFixtures.MODEL_NAME;
import static io.hvs.hazard.mlruns.MlrunsFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

class RegistryWriterTests {

    @TempDir
    Path root;

    @Test
    void registeredVersionMetaFollowsTheRegistryFileStore() {
        RunWriter run = MlrunsFixtures.writeCompleteRun(this.root, 42);
        long now = MlrunsFixtures.NOW.toEpochMilli();
        String source = "file://" + this.root.toAbsolutePath() + "/" + run.experimentId() + "/" + run.runId()
                + "/artifacts/model";
        Path model = this.root.resolve("models").resolve(MODEL_NAME);

        assertThat(read(model.resolve("version-1/meta.yaml"))).isEqualTo("""
                aliases: []
                creation_timestamp: %d
                current_stage: None
                description: null
                last_updated_timestamp: %d
                name: hvs-hazard-classifier
                run_id: %s
                run_link: null
                source: %s
                status: READY
                status_message: null
                storage_location: %s
                user_id: null
                version: 1
                """.formatted(now, now, run.runId(), source, source));
        assertThat(read(model.resolve("meta.yaml"))).isEqualTo("""
                aliases:
                  champion: '1'
                creation_timestamp: %d
                description: null
                last_updated_timestamp: %d
                name: hvs-hazard-classifier
                """.formatted(now, now));
    }

    @Test
    void registeringAgainGivesTheNextVersion() {
        RunWriter run = MlrunsFixtures.writeCompleteRun(this.root, 42);
        RegistryWriter registry = new MlrunsWriter(MlrunsLayout.of(this.root), MlrunsFixtures.clock(), new Random(1))
            .registry();

        assertThat(registry.registerVersion(MODEL_NAME, run.runId(), "model").version()).isEqualTo(2);
        assertThat(new RegistryReader(MlrunsLayout.of(this.root)).latestVersion(MODEL_NAME).version()).isEqualTo(2);
    }

}
