package io.hvs.hazard.mlruns;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.hvs.hazard.mlruns.MlrunsFixtures.EXAMPLE_EXPERIMENT;
import static io.hvs.hazard.mlruns.MlrunsFixtures.EXAMPLE_RUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MlrunsReaderTests {

    @TempDir
    Path root;

    private MlrunsReader reader;

    private Path runDir;

    @BeforeEach
    void copyExample() {
        MlrunsFixtures.workedExample(this.root);
        this.reader = new MlrunsReader(MlrunsLayout.of(this.root));
        this.runDir = this.root.resolve(EXAMPLE_EXPERIMENT).resolve(EXAMPLE_RUN);
    }

    @Test
    void toleratesMlflow3AndOlderRunMeta() {
        MlrunsFixtures.write(this.runDir.resolve("meta.yaml"), """
                artifact_uri: /somewhere/else/mlruns/912345678901234567/3f2b9c0d4e5a4b6c8d7e9f0a1b2c3d4e/artifacts
                experiment_id: 912345678901234567
                run_id: 3f2b9c0d4e5a4b6c8d7e9f0a1b2c3d4e
                start_time: 1718000002000
                end_time: null
                some_future_key: {nested: true}
                """);

        RunMeta run = this.reader.run(EXAMPLE_RUN);

        assertThat(run.experimentId()).isEqualTo(EXAMPLE_EXPERIMENT);
        assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(run.lifecycleStage()).isEqualTo("active");
        assertThat(run.runName()).isEqualTo("gentle-fox-42");
        assertThat(run.userId()).isEqualTo("unknown");
        assertThat(run.endTime()).isNull();
    }

    @Test
    void acceptsFiveFieldMetricsAndPicksLatestByStepThenTimestampThenValue() {
        MlrunsFixtures.write(this.runDir.resolve("metrics/val/loss"), """
                1718000090000 0.9 2
                1718000010000 0.7 3 validation abc123
                1718000010000 0.8 3
                1718000099000 nan 1
                """);

        Map<String, List<Metric>> history = this.reader.metricHistory(this.reader.run(EXAMPLE_RUN));

        assertThat(history.get("val/loss")).hasSize(4);
        assertThat(history.get("val/loss").get(3).value()).isNaN();
        assertThat(this.reader.latestMetrics(this.reader.run(EXAMPLE_RUN)))
            .containsEntry("val/loss", new Metric(1718000010000L, 0.8, 3));
    }

    @Test
    void aMalformedMetricLineNamesTheFile() {
        MlrunsFixtures.write(this.runDir.resolve("metrics/bad"), "1718000010000 0.7 3 extra\n");

        assertThatThrownBy(() -> this.reader.metricHistory(this.reader.run(EXAMPLE_RUN)))
            .isInstanceOfSatisfying(MlrunsException.class,
                    (ex) -> assertThat(ex.kind()).isEqualTo(MlrunsException.Kind.MALFORMED))
            .hasMessageContaining(this.runDir.resolve("metrics/bad").toString())
            .hasMessageContaining("4 fields");
    }

    @Test
    void nestedTagKeysAreWalked() {
        MlrunsFixtures.write(this.runDir.resolve("tags/team/owner"), "hvs");

        assertThat(this.reader.tags(this.reader.run(EXAMPLE_RUN))).containsEntry("team/owner", "hvs");
    }

    @Test
    void malformedExperimentsAreSkipped() {
        MlrunsFixtures.write(this.root.resolve("123/not-meta.txt"), "no meta.yaml here");
        MlrunsFixtures.write(this.root.resolve("456/meta.yaml"), "name: [unclosed");
        MlrunsFixtures.write(this.root.resolve("789/meta.yaml"), "experiment_id: '790'\nname: mismatched\n");
        MlrunsFixtures.write(this.root.resolve(".trash/555/meta.yaml"), "experiment_id: '555'\nname: deleted\n");

        assertThat(this.reader.experiments()).extracting(ExperimentMeta::experimentId)
            .containsExactly("0", EXAMPLE_EXPERIMENT);
        assertThat(this.reader.run(EXAMPLE_RUN).runId()).isEqualTo(EXAMPLE_RUN);
    }

    @Test
    void aMalformedRunMetaNamesTheFile() {
        MlrunsFixtures.write(this.runDir.resolve("meta.yaml"), "run_id: 3f2b9c0d4e5a4b6c8d7e9f0a1b2c3d4e\n");

        assertThatThrownBy(() -> this.reader.run(EXAMPLE_RUN))
            .hasMessageContaining("malformed " + this.runDir.resolve("meta.yaml"))
            .hasMessageContaining("missing 'experiment_id'");
    }

    @Test
    void aRunIdThatIsNowhereNamesTheIdAndRoot() {
        assertThatThrownBy(() -> this.reader.run("ffffffffffffffffffffffffffffffff"))
            .hasMessage("run ffffffffffffffffffffffffffffffff not found in any experiment under " + this.root);
    }

    @Test
    void aMissingRootIsNamed() {
        Path missing = this.root.resolve("nope");

        assertThatThrownBy(() -> new MlrunsReader(MlrunsLayout.of(missing)).run(EXAMPLE_RUN))
            .hasMessageContaining("mlruns root " + missing + " does not exist");
    }

    @Test
    void aMissingMlmodelIsNamed() {
        Path modelDir = this.runDir.resolve("artifacts/preprocessing");

        assertThatThrownBy(() -> MlModelReader.read(modelDir))
            .hasMessage("missing MLmodel file " + modelDir.resolve("MLmodel"));
    }

    @Test
    void aMalformedSignatureNamesTheMlmodelFile() {
        Path mlmodel = this.runDir.resolve("artifacts/model/MLmodel");
        MlrunsFixtures.write(mlmodel, MlrunsFixtures.read(mlmodel).replace("outputs: '[{", "outputs: '{{"));

        assertThatThrownBy(() -> MlModelReader.read(mlmodel.getParent()))
            .hasMessageContaining("malformed " + mlmodel)
            .hasMessageContaining("signature outputs");
    }

}
