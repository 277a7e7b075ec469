package io.hvs.hazard.features;

import java.util.Arrays;
import java.util.Collection;

/**
 * Lower and upper clipping bound for each of the 9 sensor columns ({@link FeatureSchema#SENSOR_COLUMNS} order).
 * Immutable: the arrays are copied in and out.
 *
 * @param lower the lower bound per sensor column
 * @param upper the upper bound per sensor column, {@code >= lower}
 */
public record ClipBounds(double[] lower, double[] upper) {

    public ClipBounds {
        int width = FeatureSchema.SENSOR_COLUMNS.size();
        if (lower.length != width || upper.length != width) {
            throw new IllegalArgumentException("expected " + width + " lower and upper bounds");
        }
        for (int c = 0; c < width; c++) {
            if (!(lower[c] <= upper[c])) {
                throw new IllegalArgumentException("bad bounds for " + FeatureSchema.SENSOR_COLUMNS.get(c) + ": ["
                        + lower[c] + ", " + upper[c] + "]");
            }
        }
        lower = lower.clone();
        upper = upper.clone();
    }

    /**
     * The envelope of several modules' bounds: the lowest lower and the highest upper bound per sensor. Applied to
     * every module it clips only values more extreme than any training module showed within its own percentiles,
     * so it removes sensor spikes but keeps a fault's signal as strong as the faults seen in training.
     */
    public static ClipBounds envelope(Collection<ClipBounds> modules) {
        if (modules.isEmpty()) {
            throw new IllegalArgumentException("no module bounds to combine");
        }
        int width = FeatureSchema.SENSOR_COLUMNS.size();
        double[] lower = new double[width];
        double[] upper = new double[width];
        Arrays.fill(lower, Double.POSITIVE_INFINITY);
        Arrays.fill(upper, Double.NEGATIVE_INFINITY);
        for (ClipBounds bounds : modules) {
            for (int c = 0; c < width; c++) {
                lower[c] = Math.min(lower[c], bounds.lower[c]);
                upper[c] = Math.max(upper[c], bounds.upper[c]);
            }
        }
        return new ClipBounds(lower, upper);
    }

    @Override
    public double[] lower() {
        return this.lower.clone();
    }

    @Override
    public double[] upper() {
        return this.upper.clone();
    }

    /** Clips one value of sensor column {@code column}. */
    public double clip(int column, double value) {
        return Math.min(Math.max(value, this.lower[column]), this.upper[column]);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClipBounds that && Arrays.equals(this.lower, that.lower)
                && Arrays.equals(this.upper, that.upper);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(this.lower) + Arrays.hashCode(this.upper);
    }

    @Override
    public String toString() {
        return "ClipBounds[lower=" + Arrays.toString(this.lower) + ", upper=" + Arrays.toString(this.upper) + "]";
    }

}
