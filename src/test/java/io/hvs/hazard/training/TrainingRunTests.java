package io.hvs.hazard.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.hvs.hazard.mlruns.MlrunsLayout;
import io.hvs.hazard.mlruns.MlrunsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality bars of issue 3, on a real training run of a reduced data set.
 */
class TrainingRunTests {

    @Test
    void meetsTheBarsOnTheTestSplit() {
        Map<String, Double> metrics = ReducedTrainingRun.get().result().metrics();
        assertThat(metrics.get("test_recall_1")).isGreaterThanOrEqualTo(0.98);
        assertThat(metrics.get("test_precision_1")).isGreaterThanOrEqualTo(0.95);
        assertThat(metrics.get("test_pr_auc")).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void detectsTheHeldOutFaultyModulesWithinAMinute() {
        Map<String, Double> metrics = ReducedTrainingRun.get().result().metrics();
        assertThat(metrics.get("heldout_recall_1")).isGreaterThanOrEqualTo(0.95);
        assertThat(metrics).containsKeys("heldout_lead_time_s_RackA3_Module04", "heldout_lead_time_s_RackB3_Module02");
        assertThat(metrics.get("heldout_lead_time_s_RackA3_Module04")).isBetween(0.0, 60.0);
        assertThat(metrics.get("heldout_lead_time_s_RackB3_Module02")).isBetween(0.0, 60.0);
    }

    @Test
    void raisesAtMostOneFalseAlarmPerModuleDayOnHeldOutNormalModules() {
        Map<String, Double> metrics = ReducedTrainingRun.get().result().metrics();
        // racks A3 and B3 of 4 modules, one faulty each: 6 normal modules x 6 h
        assertThat(metrics.get("heldout_normal_module_days")).isEqualTo(1.5);
        assertThat(metrics.get("heldout_normal_false_alarms_per_module_day")).isLessThanOrEqualTo(1.0);
    }

    @Test
    void heldOutRacksStayOutOfEverySplit() {
        PreparedData data = ReducedTrainingRun.get().result().data();
        assertThat(data.split().heldOutModules()).hasSize(8);
        for (int m : data.split().heldOutModules()) {
            int from = data.offsets()[m];
            int to = from + data.modules().get(m).rows();
            assertThat(java.util.Arrays.stream(data.split().train()).noneMatch((r) -> r >= from && r < to)).isTrue();
            assertThat(java.util.Arrays.stream(data.split().validation()).noneMatch((r) -> r >= from && r < to)).isTrue();
            assertThat(java.util.Arrays.stream(data.split().test()).noneMatch((r) -> r >= from && r < to)).isTrue();
        }
    }

    @Test
    void sameSeedTrainsTheSameModel(@TempDir Path temp) throws Exception {
        TrainingMain.TrainedRun shared = ReducedTrainingRun.get();
        TrainingResult again = TrainingPipeline.run(ReducedTrainingRun.properties(temp.resolve("unused")),
                temp.resolve("tfmodel"));
        assertThat(again.metrics()).isEqualTo(shared.result().metrics());
        assertThat(again.scores()).containsExactly(shared.result().scores());
        MlrunsReader reader = new MlrunsReader(MlrunsLayout.of(ReducedTrainingRun.mlruns()));
        Path sharedVariables = reader.artifactsDir(reader.run(shared.runId()))
            .resolve("model/tfmodel/variables/variables.data-00000-of-00001");
        assertThat(Files.readAllBytes(temp.resolve("tfmodel/variables/variables.data-00000-of-00001")))
            .isEqualTo(Files.readAllBytes(sharedVariables));
    }

}
