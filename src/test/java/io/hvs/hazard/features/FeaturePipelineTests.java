package io.hvs.hazard.features;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class FeaturePipelineTests {

    private static final double NAN = Double.NaN;

    // Columns in FeatureSchema.SENSOR_COLUMNS order; two gaps to fill.
    private static final SensorHistory HISTORY = new SensorHistory("RackA1_Module01", new double[][] {
            { 20, 22, NAN, 28 }, // avg temp -> 20 22 22 28
            { 21, 23, 24, 29 }, // max temp
            { 50, 49, 47, 44 }, // voltage
            { 0, 1, -1, 0 }, // current
            { 80, 79, 78, 77 }, // SoC
            { 2, 2, 2, 100 }, // CO
            { NAN, 3, 3, 3 }, // H2 -> 3 3 3 3
            { 2, 2, 2, 2 }, // VOC
            { 22, 22, 22, 22 }, // ambient
    });

    private static final ClipBounds WIDE = bounds(-1e9, 1e9);

    @Test
    void sensorsAreGapFilledAndInSchemaOrder() {
        double[][] features = FeaturePipeline.transform(HISTORY, WIDE);
        assertThat(features).hasNumberOfRows(4);
        assertThat(features[2][index(FeatureSchema.AVG_TEMP)]).isEqualTo(22);
        assertThat(features[0][index(FeatureSchema.H2)]).isEqualTo(3);
        assertThat(features[3]).startsWith(28, 29, 44, 0, 77, 100, 3, 2, 22);
    }

    @Test
    void deltasAreZeroOnTheFirstRowThenTheStepDifference() {
        double[][] features = FeaturePipeline.transform(HISTORY, WIDE);
        assertThat(column(features, "Delta_1_Module_Avg_Surface_Temp_C")).containsExactly(0, 2, 0, 6);
        assertThat(column(features, "Delta_1_Module_Voltage_V")).containsExactly(0, -1, -2, -3);
        assertThat(column(features, "Delta_1_Module_SoC_percent")).containsExactly(0, -1, -1, -1);
    }

    @Test
    void rollingStatisticsUseThePartialWindowAndTheSampleStd() {
        double[][] features = FeaturePipeline.transform(HISTORY, WIDE);
        for (int window : List.of(6, 30, 60)) {
            // temps 20 22 22 28: mean 23, deviations -3 -1 -1 5 -> 36 / 3 = 12
            assertThat(column(features, "Rolling_mean_" + window + "_Module_Avg_Surface_Temp_C")[3]).isEqualTo(23);
            assertThat(column(features, "Rolling_std_" + window + "_Module_Avg_Surface_Temp_C")[3])
                .isCloseTo(Math.sqrt(12), within(1e-12));
            // volts 50 49 47 44: mean 47.5, deviations 2.5 1.5 -0.5 -3.5 -> 21 / 3 = 7
            assertThat(column(features, "Rolling_std_" + window + "_Module_Voltage_V")[3])
                .isCloseTo(Math.sqrt(7), within(1e-12));
            // amps 0 1 -1 0: mean 0, squares 2 -> 2 / 3
            assertThat(column(features, "Rolling_std_" + window + "_Module_Current_A")[3])
                .isCloseTo(Math.sqrt(2.0 / 3), within(1e-12));
            assertThat(column(features, "Rolling_std_" + window + "_Module_Current_A")[0]).isZero();
            assertThat(column(features, "Rolling_mean_" + window + "_Module_Voltage_V")[1]).isEqualTo(49.5);
        }
    }

    @Test
    void windowOfSixDropsOlderRows() {
        double[][] column = new double[9][8];
        for (double[] c : column) {
            Arrays.fill(c, 1);
        }
        column[0] = new double[] { 100, 1, 2, 3, 4, 5, 6, 7 };
        double[][] features = FeaturePipeline.transform(new SensorHistory("m", column), WIDE);
        // row 7: the last six are 2..7 (mean 4.5); the 30-window still holds the 100: (100 + 28) / 8 = 16
        assertThat(column(features, "Rolling_mean_6_Module_Avg_Surface_Temp_C")[7]).isEqualTo(4.5);
        assertThat(column(features, "Rolling_mean_30_Module_Avg_Surface_Temp_C")[7]).isEqualTo(16);
    }

    @Test
    void clipsBeforeTheDerivedFeatures() {
        ClipBounds bounds = new ClipBounds(fill(-1e9), withValue(fill(1e9), java.util.Map.of(0, 25.0, 5, 10.0)));
        double[][] features = FeaturePipeline.transform(HISTORY, bounds);
        assertThat(column(features, FeatureSchema.CO)).containsExactly(2, 2, 2, 10);
        // temps 20 22 22 25
        assertThat(column(features, "Delta_1_Module_Avg_Surface_Temp_C")[3]).isEqualTo(3);
        assertThat(column(features, "Rolling_mean_6_Module_Avg_Surface_Temp_C")[3]).isEqualTo(22.25);
    }

    @Test
    void moduleBoundsAreTheFirstAndNinetyNinthPercentileOfTheFilledValues() {
        double[][] columns = new double[9][102];
        for (double[] c : columns) {
            for (int i = 0; i <= 100; i++) {
                c[i] = 100 - i;
            }
            c[101] = NAN; // forward-filled with 0, so 0 appears twice: 102 values 0 0 1 .. 100
        }
        ClipBounds bounds = FeaturePipeline.moduleBounds(new SensorHistory("m", columns));
        // sorted x = 0 0 1 2 .. 100 (x[k] = k - 1 for k >= 1): h = 0.01 * 101 = 1.01 -> x[1] + 0.01 * (x[2] - x[1])
        // = 0.01; h = 0.99 * 101 = 99.99 -> x[99] + 0.99 * (x[100] - x[99]) = 98 + 0.99
        assertThat(bounds.lower()).containsOnly(new double[] { 0.01 }, within(1e-9));
        assertThat(bounds.upper()).containsOnly(new double[] { 98.99 }, within(1e-9));
    }

    @Test
    void rowTDependsOnlyOnTheHistoryUpToRowT() {
        Random random = new Random(3);
        double[][] columns = new double[9][150];
        for (double[] c : columns) {
            for (int t = 0; t < c.length; t++) {
                c[t] = (random.nextDouble() < 0.05) ? NAN : 50 + 10 * random.nextGaussian();
            }
        }
        columns[2][0] = NAN; // a leading gap, filled backwards in both
        SensorHistory full = new SensorHistory("m", columns);
        ClipBounds bounds = bounds(35, 65);
        double[][] all = FeaturePipeline.transform(full, bounds);
        for (int t = 0; t < all.length; t++) {
            if (!Double.isNaN(columns[2][t]) || t > 0) {
                double[] latest = FeaturePipeline.latest(full.prefix(t + 1), bounds);
                assertThat(latest).as("row %d", t).containsExactly(all[t], within(1e-12));
            }
        }
    }

    @Test
    void featureRowsHaveTheThirtySchemaFeatures() {
        assertThat(FeaturePipeline.transform(HISTORY, WIDE)[0]).hasSize(30);
        assertThat(FeatureSchema.FEATURE_NAMES.indexOf("Rolling_std_60_Module_Current_A")).isEqualTo(29);
    }

    @Test
    void rejectsAnEmptyHistoryAndASensorWithoutValues() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> FeaturePipeline.transform(new SensorHistory("m", new double[9][0]), WIDE));
        double[][] columns = new double[9][2];
        columns[4] = new double[] { NAN, NAN };
        assertThatIllegalArgumentException()
            .isThrownBy(() -> FeaturePipeline.transform(new SensorHistory("m", columns), WIDE));
    }

    private static ClipBounds bounds(double lower, double upper) {
        return new ClipBounds(fill(lower), fill(upper));
    }

    private static double[] fill(double value) {
        double[] values = new double[9];
        Arrays.fill(values, value);
        return values;
    }

    private static double[] withValue(double[] values, java.util.Map<Integer, Double> changes) {
        changes.forEach((i, v) -> values[i] = v);
        return values;
    }

    private static int index(String feature) {
        return FeatureSchema.FEATURE_NAMES.indexOf(feature);
    }

    private static double[] column(double[][] features, String feature) {
        int f = index(feature);
        assertThat(f).as(feature).isNotNegative();
        return Arrays.stream(features).mapToDouble((row) -> row[f]).toArray();
    }

}
