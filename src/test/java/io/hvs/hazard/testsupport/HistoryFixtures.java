package io.hvs.hazard.testsupport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hvs.hazard.features.FeatureSchema;

/**
 * Hand-made raw histories ({@code {"histories":[{"Module_ID":...,"readings":[...]}]}}) as JSON-ready maps: readings
 * 10 s apart from {@link #START}, at the baseline sensor values of a normal module unless a test changes them.
 */
public final class HistoryFixtures {

    public static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    /** Baseline sensor values in {@link FeatureSchema#SENSOR_COLUMNS} order. */
    private static final double[] BASELINE = { 25.0, 26.0, 51.0, 0.0, 80.0, 2.0, 2.0, 2.0, 22.0 };

    private HistoryFixtures() {
    }

    /** A reading at step {@code step} (10 s apart) with the baseline values. */
    public static Map<String, Object> reading(int step) {
        Map<String, Object> reading = new LinkedHashMap<>();
        reading.put(FeatureSchema.TIMESTAMP, START.plusSeconds(10L * step).toString());
        for (int c = 0; c < BASELINE.length; c++) {
            reading.put(FeatureSchema.SENSOR_COLUMNS.get(c), BASELINE[c]);
        }
        return reading;
    }

    /** {@code count} baseline readings at steps 0.. count - 1. */
    public static List<Map<String, Object>> readings(int count) {
        List<Map<String, Object>> readings = new ArrayList<>();
        for (int step = 0; step < count; step++) {
            readings.add(reading(step));
        }
        return readings;
    }

    /** One history object. */
    public static Map<String, Object> history(String moduleId, List<Map<String, Object>> readings) {
        Map<String, Object> history = new LinkedHashMap<>();
        history.put(FeatureSchema.MODULE_ID, moduleId);
        history.put("readings", readings);
        return history;
    }

    /** The request body {@code {"histories":[...]}} as JSON. */
    @SafeVarargs
    public static String body(Map<String, Object>... histories) {
        return TestFixtures.toJson(Map.of("histories", List.of(histories)));
    }

    /**
     * Three readings whose newest features are worked out by hand in {@link #handMadeFeatures()}: the average
     * temperature climbs 25, 26, 30; the voltage is missing first (back-filled from 50), then 50, 52; CO reads 6000
     * at the end, above the tiny run's upper clip bound of 5000.
     */
    public static List<Map<String, Object>> handMadeReadings() {
        List<Map<String, Object>> readings = readings(3);
        double[] temperature = { 25, 26, 30 };
        for (int t = 0; t < 3; t++) {
            readings.get(t).put(FeatureSchema.AVG_TEMP, temperature[t]);
        }
        readings.get(0).put(FeatureSchema.VOLTAGE, null);
        readings.get(1).put(FeatureSchema.VOLTAGE, 50.0);
        readings.get(2).put(FeatureSchema.VOLTAGE, 52.0);
        readings.get(2).put(FeatureSchema.CO, 6000.0);
        return readings;
    }

    /** The 30 features of the newest of {@link #handMadeReadings()}, by hand (3 rows: every window is partial). */
    public static Map<String, Double> handMadeFeatures() {
        Map<String, Double> features = new LinkedHashMap<>();
        for (int c = 0; c < BASELINE.length; c++) {
            features.put(FeatureSchema.SENSOR_COLUMNS.get(c), BASELINE[c]);
        }
        features.put(FeatureSchema.AVG_TEMP, 30.0);
        features.put(FeatureSchema.VOLTAGE, 52.0);
        features.put(FeatureSchema.CO, 5000.0);
        features.put(FeatureSchema.deltaName(FeatureSchema.AVG_TEMP), 4.0);
        features.put(FeatureSchema.deltaName(FeatureSchema.VOLTAGE), 2.0);
        features.put(FeatureSchema.deltaName(FeatureSchema.SOC), 0.0);
        for (int window : FeatureSchema.ROLLING_WINDOWS) {
            // Temperatures 25, 26, 30: mean 27, squared deviations 4 + 1 + 9 = 14, sample variance 7.
            features.put(FeatureSchema.rollingMeanName(window, FeatureSchema.AVG_TEMP), 27.0);
            features.put(FeatureSchema.rollingStdName(window, FeatureSchema.AVG_TEMP), Math.sqrt(7));
            // Voltages 50, 50, 52: mean 152 / 3, squared deviations 4/9 + 4/9 + 16/9 = 24/9, sample variance 4/3.
            features.put(FeatureSchema.rollingMeanName(window, FeatureSchema.VOLTAGE), 152.0 / 3);
            features.put(FeatureSchema.rollingStdName(window, FeatureSchema.VOLTAGE), Math.sqrt(4.0 / 3));
            features.put(FeatureSchema.rollingMeanName(window, FeatureSchema.CURRENT), 0.0);
            features.put(FeatureSchema.rollingStdName(window, FeatureSchema.CURRENT), 0.0);
        }
        return features;
    }

}
