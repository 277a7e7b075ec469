package io.hvs.hazard.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ThresholdRuleTests {

    @Test
    void separableScoresGetTheMiddleOfTheGap() {
        float[] scores = { 0.1f, 0.2f, 0.7f, 0.9f };
        int[] labels = { 0, 0, 1, 1 };
        // highest threshold with recall 1: 0.7; highest negative below: 0.2; next score above it: 0.7
        assertThat(ThresholdRule.choose(scores, labels, 1.0)).isCloseTo((0.2 + 0.7) / 2, within(1e-7));
    }

    @Test
    void aLowerRecallTargetMayGiveUpAHardPositiveForPrecision() {
        float[] scores = { 0.1f, 0.5f, 0.3f, 0.9f };
        int[] labels = { 0, 0, 1, 1 };
        // target 0.5: the best hazard alone (0.9) suffices; lowered to between the 0.5 negative and 0.9
        assertThat(ThresholdRule.choose(scores, labels, 0.5)).isCloseTo((0.5 + 0.9) / 2, within(1e-7));
        // target 1: the 0.3 hazard must be flagged, which flags the 0.5 negative too; lowered to above 0.1
        assertThat(ThresholdRule.choose(scores, labels, 1.0)).isCloseTo((0.1 + 0.3) / 2, within(1e-7));
    }

    @Test
    void needsAHazardousValidationRow() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> ThresholdRule.choose(new float[] { 0.1f }, new int[] { 0 }, 0.99));
    }

}
