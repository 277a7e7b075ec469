package io.hvs.hazard.features;

/**
 * Trailing rolling mean and standard deviation over the last {@code window} values, with pandas'
 * {@code rolling(window, min_periods=1)} partial-window rule: a row near the start uses the rows there are.
 * The standard deviation is the sample one ({@code ddof=1}, pandas' default); a window holding a single value has
 * standard deviation 0 (pandas gives NaN there; the original pipeline filled it with 0).
 * <p>
 * Each window is summed afresh with the corrected two-pass algorithm (mean, then the squared deviations minus the
 * squared sum of deviations over n) instead of a running sum of squares, which cancels catastrophically for
 * values like 51 V with a 0.15 V spread. At 60 values per window that costs nothing worth saving.
 */
final class RollingStats {

    private RollingStats() {
    }

    /** Rolling means of {@code values}, one per row. */
    static double[] mean(double[] values, int window) {
        checkWindow(window);
        double[] means = new double[values.length];
        for (int t = 0; t < values.length; t++) {
            means[t] = windowMean(values, Math.max(0, t - window + 1), t + 1);
        }
        return means;
    }

    /** Rolling sample standard deviations of {@code values}, one per row. */
    static double[] std(double[] values, int window) {
        checkWindow(window);
        double[] stds = new double[values.length];
        for (int t = 0; t < values.length; t++) {
            int from = Math.max(0, t - window + 1);
            int count = t + 1 - from;
            if (count < 2) {
                stds[t] = 0.0;
                continue;
            }
            double mean = windowMean(values, from, t + 1);
            double squares = 0.0;
            double deviations = 0.0;
            for (int i = from; i <= t; i++) {
                double deviation = values[i] - mean;
                squares += deviation * deviation;
                deviations += deviation;
            }
            double sumOfSquares = Math.max(0.0, squares - deviations * deviations / count);
            stds[t] = Math.sqrt(sumOfSquares / (count - 1));
        }
        return stds;
    }

    private static double windowMean(double[] values, int from, int to) {
        double sum = 0.0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }

    private static void checkWindow(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1: " + window);
        }
    }

}
