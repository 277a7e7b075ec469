package io.hvs.hazard.training;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hvs.hazard.features.FeaturePipeline;
import io.hvs.hazard.features.FeatureSchema;
import io.hvs.hazard.features.SensorHistory;

/**
 * Writes the raw-history samples: the last {@link FeatureSchema#LONGEST_WINDOW} raw readings (RFC 3339 timestamps,
 * {@code null} for a missing value) up to the very rows of the feature samples, as
 * {@code {"histories":[{"Module_ID":...,"readings":[...]}]}}. Training fails unless the features the pipeline
 * computes from each sample equal the training row's, so the history sample and the feature sample of the same row
 * get the same answer.
 */
final class HistoryPayloads {

    static final String NORMAL = "history_payload.json";

    static final String HAZARDOUS = "history_payload_hazardous.json";

    private HistoryPayloads() {
    }

    /** @param rows global row indices of the normal and the hazardous sample reading */
    static void write(Path directory, PreparedData data, int normalModule, int normalRow, int faultyModule,
            int hazardousRow) {
        PreprocessingArtifacts.write(directory.resolve(NORMAL), payload(data, normalModule, normalRow));
        PreprocessingArtifacts.write(directory.resolve(HAZARDOUS), payload(data, faultyModule, hazardousRow));
    }

    private static Map<String, Object> payload(PreparedData data, int module, int row) {
        ModuleData moduleData = data.modules().get(module);
        int newest = row - data.offsets()[module];
        int oldest = Math.max(0, newest - FeatureSchema.LONGEST_WINDOW + 1);
        double[][] rows = new double[newest - oldest + 1][];
        List<Map<String, Object>> readings = new ArrayList<>();
        for (int t = oldest; t <= newest; t++) {
            rows[t - oldest] = sensors(moduleData.raw(), t);
            readings.add(reading(moduleData, t, rows[t - oldest]));
        }
        double[] features = FeaturePipeline.latest(SensorHistory.ofRows(moduleData.moduleId(), rows),
                data.clipBounds());
        for (int f = 0; f < features.length; f++) {
            if (Math.abs(features[f] - data.features()[row][f]) > 1e-9) {
                throw new IllegalStateException("history sample of " + moduleData.moduleId() + " gives "
                        + FeatureSchema.FEATURE_NAMES.get(f) + " = " + features[f] + ", training row " + newest
                        + " has " + data.features()[row][f]);
            }
        }
        Map<String, Object> history = new LinkedHashMap<>();
        history.put(FeatureSchema.MODULE_ID, moduleData.moduleId());
        history.put("readings", readings);
        return Map.of("histories", List.of(history));
    }

    private static double[] sensors(SensorHistory raw, int t) {
        double[] values = new double[FeatureSchema.SENSOR_COLUMNS.size()];
        for (int c = 0; c < values.length; c++) {
            values[c] = raw.column(c)[t];
        }
        return values;
    }

    private static Map<String, Object> reading(ModuleData module, int t, double[] sensors) {
        Map<String, Object> reading = new LinkedHashMap<>();
        reading.put(FeatureSchema.TIMESTAMP, Instant.ofEpochSecond(module.epochSecond(t)).toString());
        for (int c = 0; c < sensors.length; c++) {
            reading.put(FeatureSchema.SENSOR_COLUMNS.get(c), Double.isNaN(sensors[c]) ? null : sensors[c]);
        }
        return reading;
    }

}
