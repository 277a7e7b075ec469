package io.hvs.hazard.features;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The names and canonical order of the raw sensor columns and of the 30 model features.
 * Training writes this order into the model signature; serving reads the order back from
 * the signature and checks it against these names, so the two can never drift apart.
 */
public final class FeatureSchema {

    public static final String MODULE_ID = "Module_ID";

    public static final String TIMESTAMP = "Timestamp";

    public static final String AVG_TEMP = "Module_Avg_Surface_Temp_C";

    public static final String MAX_TEMP = "Module_Max_Surface_Temp_C";

    public static final String VOLTAGE = "Module_Voltage_V";

    public static final String CURRENT = "Module_Current_A";

    public static final String SOC = "Module_SoC_percent";

    public static final String CO = "Sim_OffGas_CO_ppm_proxy";

    public static final String H2 = "Sim_OffGas_H2_ppm_proxy";

    public static final String VOC = "Sim_OffGas_VOC_ppm_proxy";

    public static final String AMBIENT_TEMP = "Ambient_Temp_Rack_C";

    /** The 9 sensor columns, in the order of the original data set. */
    public static final List<String> SENSOR_COLUMNS = List.of(AVG_TEMP, MAX_TEMP, VOLTAGE, CURRENT, SOC, CO, H2, VOC,
            AMBIENT_TEMP);

    /** Columns that get a one-step difference feature. */
    public static final List<String> DELTA_COLUMNS = List.of(AVG_TEMP, VOLTAGE, SOC);

    /** Columns that get rolling mean and standard deviation features. */
    public static final List<String> ROLLING_COLUMNS = List.of(AVG_TEMP, VOLTAGE, CURRENT);

    /** Rolling window lengths in readings (1, 5 and 10 minutes at one reading per 10 s). */
    public static final List<Integer> ROLLING_WINDOWS = List.of(6, 30, 60);

    /** The longest rolling window: a history shorter than this is computed with the partial-window rule. */
    public static final int LONGEST_WINDOW = 60;

    /** Seconds between two readings of a module in the data set the model was trained on. */
    public static final int SAMPLING_INTERVAL_SECONDS = 10;

    /** All 30 model features in canonical order: sensors, deltas, then rolling statistics. */
    public static final List<String> FEATURE_NAMES = buildFeatureNames();

    public static final int FEATURE_COUNT = FEATURE_NAMES.size();

    private FeatureSchema() {
    }

    public static String deltaName(String column) {
        return "Delta_1_" + column;
    }

    public static String rollingMeanName(int window, String column) {
        return "Rolling_mean_" + window + "_" + column;
    }

    public static String rollingStdName(int window, String column) {
        return "Rolling_std_" + window + "_" + column;
    }

    private static List<String> buildFeatureNames() {
        List<String> names = new ArrayList<>(SENSOR_COLUMNS);
        DELTA_COLUMNS.forEach((column) -> names.add(deltaName(column)));
        for (String column : ROLLING_COLUMNS) {
            for (int window : ROLLING_WINDOWS) {
                names.add(rollingMeanName(window, column));
                names.add(rollingStdName(window, column));
            }
        }
        return Collections.unmodifiableList(names);
    }

}
