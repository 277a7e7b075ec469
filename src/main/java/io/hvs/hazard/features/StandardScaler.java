package io.hvs.hazard.features;

import java.util.Arrays;

/**
 * scikit-learn's {@code StandardScaler}: {@code scaled = (x - mean) / scale}, with the population standard deviation
 * as scale and 1 for a constant feature. Fitted on the training split only. Immutable.
 *
 * @param mean per feature, {@link FeatureSchema#FEATURE_NAMES} order
 * @param scale per feature, {@code > 0}
 */
public record StandardScaler(double[] mean, double[] scale) {

    public StandardScaler {
        if (mean.length != scale.length) {
            throw new IllegalArgumentException("mean and scale differ in length");
        }
        for (double s : scale) {
            if (!(s > 0.0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("scale must be positive and finite: " + s);
            }
        }
        mean = mean.clone();
        scale = scale.clone();
    }

    /** Fits on the given rows of {@code features} ({@code [row][feature]}), with two passes for accuracy. */
    public static StandardScaler fit(double[][] features, int[] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("no rows to fit on");
        }
        int width = features[rows[0]].length;
        double[] mean = new double[width];
        double[] scale = new double[width];
        for (int f = 0; f < width; f++) {
            double sum = 0.0;
            for (int row : rows) {
                sum += features[row][f];
            }
            double m = sum / rows.length;
            double squares = 0.0;
            for (int row : rows) {
                double d = features[row][f] - m;
                squares += d * d;
            }
            double std = Math.sqrt(squares / rows.length);
            mean[f] = m;
            scale[f] = (std > 0.0) ? std : 1.0;
        }
        return new StandardScaler(mean, scale);
    }

    /** Scales one feature row into the float32 values the model takes. */
    public float[] transform(double[] row) {
        if (row.length != this.mean.length) {
            throw new IllegalArgumentException("expected " + this.mean.length + " features, got " + row.length);
        }
        float[] scaled = new float[row.length];
        for (int f = 0; f < row.length; f++) {
            scaled[f] = (float) ((row[f] - this.mean[f]) / this.scale[f]);
        }
        return scaled;
    }

    @Override
    public double[] mean() {
        return this.mean.clone();
    }

    @Override
    public double[] scale() {
        return this.scale.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StandardScaler that && Arrays.equals(this.mean, that.mean)
                && Arrays.equals(this.scale, that.scale);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(this.mean) + Arrays.hashCode(this.scale);
    }

}
