package io.hvs.hazard.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BinaryMetricsTests {

    private static final float[] SCORES = { 0.1f, 0.4f, 0.35f, 0.8f };

    private static final int[] LABELS = { 0, 0, 1, 1 };

    @Test
    void countsAlarmsAtOrAboveTheThreshold() {
        // alarms: 0.4 (normal) and 0.8 (hazard); the 0.35 hazard is missed: tp 1, fp 1, fn 1
        BinaryMetrics metrics = BinaryMetrics.of(SCORES, LABELS, 0.4);
        assertThat(metrics.precision()).isEqualTo(0.5);
        assertThat(metrics.recall()).isEqualTo(0.5);
        assertThat(metrics.f1()).isEqualTo(0.5);
    }

    @Test
    void rocAucIsTheShareOfCorrectlyOrderedPairs() {
        // pairs (hazard, normal): 0.35>0.1 yes, 0.35>0.4 no, 0.8>0.1 yes, 0.8>0.4 yes -> 3 / 4 (sklearn: 0.75)
        assertThat(BinaryMetrics.rocAuc(SCORES, LABELS)).isCloseTo(0.75, within(1e-12));
        assertThat(BinaryMetrics.rocAuc(new float[] { 0.5f, 0.5f }, new int[] { 0, 1 })).isEqualTo(0.5);
    }

    @Test
    void prAucIsAveragePrecision() {
        // highest first: 0.8 hazard (recall 1/2, precision 1), 0.4 normal, 0.35 hazard (recall 1, precision 2/3)
        // AP = 1/2 * 1 + 1/2 * 2/3 = 5/6 (sklearn average_precision_score: 0.8333)
        assertThat(BinaryMetrics.averagePrecision(SCORES, LABELS)).isCloseTo(5.0 / 6, within(1e-12));
        // one tie group holding both: recall 1 at precision 1/2
        assertThat(BinaryMetrics.averagePrecision(new float[] { 0.5f, 0.5f }, new int[] { 0, 1 })).isEqualTo(0.5);
    }

    @Test
    void perfectRankingScoresOne() {
        float[] scores = { 0.1f, 0.2f, 0.9f, 0.95f, 0.3f };
        int[] labels = { 0, 0, 1, 1, 0 };
        BinaryMetrics metrics = BinaryMetrics.of(scores, labels, 0.5);
        assertThat(metrics.rocAuc()).isEqualTo(1.0);
        assertThat(metrics.prAuc()).isEqualTo(1.0);
        assertThat(metrics.f1()).isEqualTo(1.0);
    }

}
