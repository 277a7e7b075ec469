package io.hvs.hazard.features;

import java.util.Arrays;
import java.util.Objects;

/**
 * One module's raw sensor readings in time order (oldest first), column-major: {@code columns[c][t]} is sensor
 * {@code FeatureSchema.SENSOR_COLUMNS.get(c)} at row {@code t}. A missing value is {@code Double.NaN}. The arrays are
 * copied in, so the record is immutable; it is also what a client's raw history (issue 9) is turned into.
 *
 * @param moduleId the module, e.g. {@code RackA2_Module01}
 * @param columns the 9 sensor columns, all of the same length
 */
public record SensorHistory(String moduleId, double[][] columns) {

    public SensorHistory {
        Objects.requireNonNull(moduleId, "moduleId");
        if (columns.length != FeatureSchema.SENSOR_COLUMNS.size()) {
            throw new IllegalArgumentException(
                    "expected " + FeatureSchema.SENSOR_COLUMNS.size() + " sensor columns, got " + columns.length);
        }
        int rows = columns[0].length;
        double[][] copy = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].length != rows) {
                throw new IllegalArgumentException("sensor column " + FeatureSchema.SENSOR_COLUMNS.get(c) + " has "
                        + columns[c].length + " rows, expected " + rows);
            }
            copy[c] = columns[c].clone();
        }
        columns = copy;
    }

    /** Builds a history from row-major readings ({@code readings[t][c]}), the shape a JSON history arrives in. */
    public static SensorHistory ofRows(String moduleId, double[][] readings) {
        int width = FeatureSchema.SENSOR_COLUMNS.size();
        double[][] columns = new double[width][readings.length];
        for (int t = 0; t < readings.length; t++) {
            if (readings[t].length != width) {
                throw new IllegalArgumentException("reading " + t + " has " + readings[t].length + " values, expected "
                        + width);
            }
            for (int c = 0; c < width; c++) {
                columns[c][t] = readings[t][c];
            }
        }
        return new SensorHistory(moduleId, columns);
    }

    public int rows() {
        return this.columns[0].length;
    }

    /** A copy of the column, so callers cannot change the history. */
    public double[] column(int index) {
        return this.columns[index].clone();
    }

    /** The first {@code rows} readings: what a client that is at row {@code rows - 1} has seen. */
    public SensorHistory prefix(int rows) {
        double[][] cut = new double[this.columns.length][];
        for (int c = 0; c < cut.length; c++) {
            cut[c] = Arrays.copyOf(this.columns[c], rows);
        }
        return new SensorHistory(this.moduleId, cut);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SensorHistory that && this.moduleId.equals(that.moduleId)
                && Arrays.deepEquals(this.columns, that.columns);
    }

    @Override
    public int hashCode() {
        return 31 * this.moduleId.hashCode() + Arrays.deepHashCode(this.columns);
    }

    @Override
    public String toString() {
        return "SensorHistory[" + this.moduleId + ", " + rows() + " rows]";
    }

}
