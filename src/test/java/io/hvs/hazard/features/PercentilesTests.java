package io.hvs.hazard.features;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class PercentilesTests {

    @Test
    void interpolatesLinearlyBetweenClosestRanksLikePandas() {
        // pandas: pd.Series([4, 1, 3, 2]).quantile(0.01) = 1.03, .quantile(0.99) = 3.97
        // (h = q * (n - 1) = 0.03 and 2.97 over the sorted 1, 2, 3, 4).
        double[] values = { 4, 1, 3, 2 };
        assertThat(Percentiles.linear(values, 0.01)).isCloseTo(1.03, within(1e-12));
        assertThat(Percentiles.linear(values, 0.99)).isCloseTo(3.97, within(1e-12));
        assertThat(Percentiles.linear(values, 0.5)).isCloseTo(2.5, within(1e-12));
    }

    @Test
    void endsAreTheMinimumAndMaximum() {
        double[] values = { 7, -2, 5 };
        assertThat(Percentiles.linear(values, 0.0)).isEqualTo(-2);
        assertThat(Percentiles.linear(values, 1.0)).isEqualTo(7);
    }

    @Test
    void singleValueIsEveryQuantile() {
        assertThat(Percentiles.linear(new double[] { 3.5 }, 0.99)).isEqualTo(3.5);
    }

    @Test
    void hundredAndOneEvenlySpacedValuesHitTheirRanks() {
        double[] values = new double[101];
        for (int i = 0; i <= 100; i++) {
            values[100 - i] = i;
        }
        assertThat(Percentiles.linear(values, 0.01)).isCloseTo(1.0, within(1e-12));
        assertThat(Percentiles.linear(values, 0.99)).isCloseTo(99.0, within(1e-12));
    }

    @Test
    void leavesTheInputUnsorted() {
        double[] values = { 3, 1, 2 };
        Percentiles.linear(values, 0.5);
        assertThat(values).containsExactly(3, 1, 2);
    }

    @Test
    void rejectsNanEmptyAndOutOfRangeQuantiles() {
        assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.linear(new double[] { 1, Double.NaN }, 0.5));
        assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.linear(new double[0], 0.5));
        assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.linear(new double[] { 1 }, 1.5));
    }

}
