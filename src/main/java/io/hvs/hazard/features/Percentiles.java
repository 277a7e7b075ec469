package io.hvs.hazard.features;

import java.util.Arrays;

/**
 * Quantiles with linear interpolation between closest ranks: pandas' default {@code Series.quantile(q)}
 * ({@code interpolation='linear'}, numpy's default method). For sorted values {@code x[0..n-1]}, the position is
 * {@code h = q * (n - 1)} and the quantile is {@code x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] - x[floor(h)])}.
 */
final class Percentiles {

    private Percentiles() {
    }

    /**
     * The {@code q}-quantile ({@code 0 <= q <= 1}) of values that contain no NaN.
     * @throws IllegalArgumentException for an empty array, a NaN value or q outside [0, 1]
     */
    static double linear(double[] values, double q) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(q >= 0.0 && q <= 1.0)) {
            throw new IllegalArgumentException("quantile must be within [0, 1]: " + q);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (Double.isNaN(sorted[sorted.length - 1])) {
            throw new IllegalArgumentException("values contain NaN; fill the gaps first");
        }
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        if (below >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
    }

}
