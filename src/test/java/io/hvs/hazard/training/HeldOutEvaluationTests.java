package io.hvs.hazard.training;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hvs.hazard.features.SensorHistory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeldOutEvaluationTests {

    @Test
    void leadTimeIsSecondsFromWindowStartToTheFirstAlarmInside() {
        FaultSpec fault = new FaultSpec("RackA1_Module01", 3, 4, 1.0);
        ModuleData faulty = module("RackA1_Module01", 10, Optional.of(fault));
        // an alarm before the window does not count as a warning; the first one inside is at step 5
        float[] scores = { 0.9f, 0, 0, 0.1f, 0.2f, 0.8f, 0.9f, 0, 0, 0 };
        HeldOutEvaluation evaluation = HeldOutEvaluation.of(List.of(faulty), Map.of(0, scores), 0.5);
        assertThat(evaluation.leadTimeSeconds()).containsEntry("RackA1_Module01", 20.0);
    }

    @Test
    void missedWindowHasNoLeadTime() {
        ModuleData faulty = module("RackA1_Module01", 6, Optional.of(new FaultSpec("RackA1_Module01", 2, 3, 1.0)));
        HeldOutEvaluation evaluation = HeldOutEvaluation.of(List.of(faulty), Map.of(0, new float[6]), 0.5);
        assertThat(evaluation.leadTimeSeconds().get("RackA1_Module01")).isNaN();
    }

    @Test
    void falseAlarmsCountEpisodesPerModuleDay() {
        ModuleData normal = module("RackA1_Module02", 8640, Optional.empty()); // 8,640 x 10 s = 1 day
        float[] scores = new float[8640];
        scores[10] = 0.6f;
        scores[11] = 0.7f;
        scores[12] = 0.6f;
        scores[100] = 0.5f; // at the threshold is an alarm
        HeldOutEvaluation evaluation = HeldOutEvaluation.of(List.of(normal), Map.of(0, scores), 0.5);
        assertThat(evaluation.normalModuleDays()).isEqualTo(1.0);
        assertThat(evaluation.falseAlarmsPerModuleDay()).isEqualTo(2.0);
        assertThat(evaluation.falseAlarmReadingsPerModuleDay()).isEqualTo(4.0);
    }

    private static ModuleData module(String id, int rows, Optional<FaultSpec> fault) {
        return new ModuleData(new SensorHistory(id, new double[9][rows]), new int[rows], fault, 0, 10);
    }

}
