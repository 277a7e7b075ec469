package io.hvs.hazard.features;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClipBoundsTests {

    @Test
    void envelopeTakesTheLowestLowerAndTheHighestUpperBound() {
        ClipBounds a = new ClipBounds(filled(1), filled(5));
        double[] lower = filled(2);
        lower[3] = -4;
        double[] upper = filled(3);
        upper[7] = 90;
        ClipBounds envelope = ClipBounds.envelope(List.of(a, new ClipBounds(lower, upper)));
        assertThat(envelope.lower()).containsExactly(1, 1, 1, -4, 1, 1, 1, 1, 1);
        assertThat(envelope.upper()).containsExactly(5, 5, 5, 5, 5, 5, 5, 90, 5);
    }

    @Test
    void clipsIntoTheBounds() {
        ClipBounds bounds = new ClipBounds(filled(1), filled(5));
        assertThat(bounds.clip(0, -3)).isEqualTo(1);
        assertThat(bounds.clip(0, 3)).isEqualTo(3);
        assertThat(bounds.clip(0, 8)).isEqualTo(5);
    }

    @Test
    void rejectsInvertedBoundsAndWrongWidths() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClipBounds(filled(2), filled(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new ClipBounds(new double[3], new double[3]));
        assertThatIllegalArgumentException().isThrownBy(() -> ClipBounds.envelope(List.of()));
    }

    private static double[] filled(double value) {
        double[] values = new double[9];
        Arrays.fill(values, value);
        return values;
    }

}
