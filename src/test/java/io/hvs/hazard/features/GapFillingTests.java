package io.hvs.hazard.features;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GapFillingTests {

    private static final double NAN = Double.NaN;

    @Test
    void fillsForwardThenBackward() {
        double[] filled = GapFilling.fill(new double[] { NAN, NAN, 2, NAN, NAN, 5, NAN });
        assertThat(filled).containsExactly(2, 2, 2, 2, 2, 5, 5);
    }

    @Test
    void leavesCompleteSeriesAndTheInputAlone() {
        double[] input = { 1, NAN, 3 };
        assertThat(GapFilling.fill(new double[] { 1, 2, 3 })).containsExactly(1, 2, 3);
        GapFilling.fill(input);
        assertThat(Double.isNaN(input[1])).isTrue();
    }

    @Test
    void rejectsAColumnWithNoValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> GapFilling.fill(new double[] { NAN, NAN }));
    }

}
