package io.hvs.hazard.features;

import java.util.Arrays;
import java.util.List;

/**
 * The one feature pipeline, shared by training and serving: gap filling, clipping, then the 30 model features of
 * {@link FeatureSchema#FEATURE_NAMES} for every row of one module's history.
 * <ol>
 * <li>Gaps: per sensor, forward fill then backward fill ({@link GapFilling}).</li>
 * <li>Clipping: each sensor to the given {@link ClipBounds}. Bounds are learned per module as the 1st and 99th
 * percentile (pandas' linear interpolation) of its gap-filled values ({@link #moduleBounds}); training combines the
 * training modules' bounds ({@link ClipBounds#envelope}) and clips every module with that one set, which it stores
 * as {@code preprocessing/clip_bounds.json} for serving.</li>
 * <li>Features: the 9 clipped sensors; {@code Delta_1_*} = value minus the previous value, 0 for the first row
 * (pandas' {@code diff()} gives NaN there, filled with 0: no change seen yet); {@code Rolling_mean/std_w_*} over
 * the last w rows with the partial-window rule of {@link RollingStats}.</li>
 * </ol>
 * Given fixed bounds, the features of row {@code t} depend only on rows {@code <= t}: the features of a history cut
 * after row {@code t} end with exactly row {@code t} of the full history (a leading gap is back-filled from the first
 * measured value in both). That makes serving a raw history give training's features.
 */
public final class FeaturePipeline {

    /** The lower clipping quantile (1st percentile). */
    public static final double LOWER_QUANTILE = 0.01;

    /** The upper clipping quantile (99th percentile). */
    public static final double UPPER_QUANTILE = 0.99;

    private FeaturePipeline() {
    }

    /**
     * The 1st..99th percentile bounds of one module's gap-filled sensors.
     * @throws IllegalArgumentException if a sensor has no value at all
     */
    public static ClipBounds moduleBounds(SensorHistory history) {
        int[] all = new int[history.rows()];
        Arrays.setAll(all, (t) -> t);
        return moduleBounds(history, all);
    }

    /**
     * The 1st..99th percentile bounds of one module's sensors over some of its rows (e.g. the ones in the training
     * split), gap-filled over the whole history first.
     * @throws IllegalArgumentException if no row is given or a sensor has no value at all
     */
    public static ClipBounds moduleBounds(SensorHistory history, int[] rows) {
        int width = FeatureSchema.SENSOR_COLUMNS.size();
        double[] lower = new double[width];
        double[] upper = new double[width];
        for (int c = 0; c < width; c++) {
            double[] filled = GapFilling.fill(history.column(c));
            double[] picked = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                picked[i] = filled[rows[i]];
            }
            lower[c] = Percentiles.linear(picked, LOWER_QUANTILE);
            upper[c] = Percentiles.linear(picked, UPPER_QUANTILE);
        }
        return new ClipBounds(lower, upper);
    }

    /** The features of every row, row-major ({@code [row][feature]}), clipped to the module's own percentiles. */
    public static double[][] transformWithOwnBounds(SensorHistory history) {
        return transform(history, moduleBounds(history));
    }

    /**
     * The features of every row, row-major ({@code [row][feature]}, {@link FeatureSchema#FEATURE_NAMES} order).
     * @throws IllegalArgumentException if the history is empty or a sensor has no value at all
     */
    public static double[][] transform(SensorHistory history, ClipBounds bounds) {
        int rows = history.rows();
        if (rows == 0) {
            throw new IllegalArgumentException("history of " + history.moduleId() + " is empty");
        }
        List<String> sensors = FeatureSchema.SENSOR_COLUMNS;
        double[][] clean = new double[sensors.size()][];
        for (int c = 0; c < sensors.size(); c++) {
            double[] filled = GapFilling.fill(history.column(c));
            for (int t = 0; t < rows; t++) {
                filled[t] = bounds.clip(c, filled[t]);
            }
            clean[c] = filled;
        }
        double[][] features = new double[rows][FeatureSchema.FEATURE_COUNT];
        int next = 0;
        for (double[] column : clean) {
            next = put(features, next, column);
        }
        for (String name : FeatureSchema.DELTA_COLUMNS) {
            next = put(features, next, delta(clean[sensors.indexOf(name)]));
        }
        for (String name : FeatureSchema.ROLLING_COLUMNS) {
            double[] column = clean[sensors.indexOf(name)];
            for (int window : FeatureSchema.ROLLING_WINDOWS) {
                next = put(features, next, RollingStats.mean(column, window));
                next = put(features, next, RollingStats.std(column, window));
            }
        }
        return features;
    }

    /** The features of the newest row only: what serving a raw history needs. */
    public static double[] latest(SensorHistory history, ClipBounds bounds) {
        double[][] all = transform(history, bounds);
        return all[all.length - 1];
    }

    private static double[] delta(double[] values) {
        double[] deltas = new double[values.length];
        for (int t = 1; t < values.length; t++) {
            deltas[t] = values[t] - values[t - 1];
        }
        return deltas;
    }

    private static int put(double[][] features, int feature, double[] column) {
        for (int t = 0; t < column.length; t++) {
            features[t][feature] = column[t];
        }
        return feature + 1;
    }

}
