package io.hvs.hazard.features;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class RollingStatsTests {

    private static final double[] VALUES = { 1, 2, 4, 7 };

    @Test
    void meanUsesThePartialWindowAtTheStart() {
        // windows of 3: {1}, {1,2}, {1,2,4}, {2,4,7}
        assertThat(RollingStats.mean(VALUES, 3)).containsExactly(new double[] { 1, 1.5, 7.0 / 3, 13.0 / 3 },
                within(1e-12));
    }

    @Test
    void stdIsTheSampleStdAndZeroForOneValue() {
        // {1,2}: squares of deviations 0.25 + 0.25 = 0.5, / (2 - 1) -> sqrt(0.5)
        // {1,2,4}: mean 7/3, deviations -4/3, -1/3, 5/3 -> 42/9 / 2 = 21/9
        // {2,4,7}: mean 13/3, deviations -7/3, -1/3, 8/3 -> 114/9 / 2 = 57/9
        assertThat(RollingStats.std(VALUES, 3)).containsExactly(
                new double[] { 0, Math.sqrt(0.5), Math.sqrt(21.0 / 9), Math.sqrt(57.0 / 9) }, within(1e-12));
    }

    @Test
    void windowOfOneHasZeroStdAndTheValueAsMean() {
        assertThat(RollingStats.std(VALUES, 1)).containsExactly(0, 0, 0, 0);
        assertThat(RollingStats.mean(VALUES, 1)).containsExactly(VALUES);
    }

    @Test
    void stdOfLargeValuesWithASmallSpreadDoesNotCancel() {
        // 1e9 + {1, 2, 3}: the sample std is exactly 1; sum-of-squares formulas lose it at 1e18 magnitudes.
        double[] values = { 1e9 + 1, 1e9 + 2, 1e9 + 3 };
        assertThat(RollingStats.std(values, 3)[2]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void stdOfAConstantIsZero() {
        double[] values = { 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1 };
        assertThat(RollingStats.std(values, 6)).containsOnly(new double[] { 0.0 }, within(1e-15));
    }

    @Test
    void rejectsAnEmptyWindow() {
        assertThatIllegalArgumentException().isThrownBy(() -> RollingStats.mean(VALUES, 0));
    }

}
