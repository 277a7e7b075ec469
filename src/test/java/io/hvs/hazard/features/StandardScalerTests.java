package io.hvs.hazard.features;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StandardScalerTests {

    @Test
    void fitsThePopulationStdOnTheGivenRowsOnly() {
        double[][] features = { { 1, 3, 4 }, { 3, 7, 4 }, { 1000, 1000, 1000 } };
        StandardScaler scaler = StandardScaler.fit(features, new int[] { 0, 1 });
        // column 0: 1, 3 -> mean 2, population std 1; column 1: 3, 7 -> 5, 2; column 2: constant -> scale 1
        assertThat(scaler.mean()).containsExactly(new double[] { 2, 5, 4 }, within(1e-12));
        assertThat(scaler.scale()).containsExactly(new double[] { 1, 2, 1 }, within(1e-12));
        assertThat(scaler.transform(new double[] { 3, 1, 6 })).containsExactly(1f, -2f, 2f);
    }

}
