package io.hvs.hazard.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.hvs.hazard.api.HistoryReadingDecoder.RawReading;
import io.hvs.hazard.features.FeatureSchema;
import io.hvs.hazard.features.SensorHistory;

/**
 * The checks across the readings of one decoded history (Module_IDs agree, timestamps strictly increase, the
 * newest reading is complete) and its assembly into a {@link ModuleHistory} with gap warnings.
 */
final class HistoryAssembler {

    /** A gap up to 1.5 sampling intervals is normal jitter; a longer one means readings are missing. */
    static final double GAP_TOLERANCE_SECONDS = FeatureSchema.SAMPLING_INTERVAL_SECONDS * 1.5;

    private HistoryAssembler() {
    }

    /** Module_IDs agree, timestamps strictly increase, the newest reading is complete. */
    static void check(List<RawReading> readings, String moduleId, int h, String base,
            ErrorCollector errors) {
        for (int r = 0; r < readings.size(); r++) {
            RawReading reading = readings.get(r);
            if (reading == null) {
                continue;
            }
            if (reading.moduleId() != null && moduleId != null && !reading.moduleId().equals(moduleId)) {
                errors.add(base + "/" + r + "/" + FeatureSchema.MODULE_ID, h, r, FeatureSchema.MODULE_ID,
                        "differs from the history's Module_ID; a history holds the readings of one module");
            }
            RawReading previous = (r > 0) ? readings.get(r - 1) : null;
            if (previous != null && !reading.timestamp().isAfter(previous.timestamp())) {
                errors.add(base + "/" + r + "/" + FeatureSchema.TIMESTAMP, h, r, FeatureSchema.TIMESTAMP,
                        reading.timestamp().equals(previous.timestamp()) ? "duplicates the Timestamp of reading "
                                + (r - 1) : "is earlier than reading " + (r - 1) + "'s; readings go oldest first");
            }
        }
        int newest = readings.size() - 1;
        if (newest >= 0 && readings.get(newest) != null) {
            double[] sensors = readings.get(newest).sensors();
            for (int c = 0; c < sensors.length; c++) {
                if (Double.isNaN(sensors[c])) {
                    String name = FeatureSchema.SENSOR_COLUMNS.get(c);
                    errors.add(base + "/" + newest + "/" + name, h, newest, name, "missing in the newest reading, "
                            + "which is the one predicted and must be complete (older readings are gap-filled)");
                }
            }
        }
    }

    static ModuleHistory build(String moduleId, List<RawReading> readings, int h, String base) {
        double[][] rows = new double[readings.size()][];
        int filled = 0;
        List<GapWarning> gaps = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            rows[r] = readings.get(r).sensors();
            for (double value : rows[r]) {
                filled += Double.isNaN(value) ? 1 : 0;
            }
            if (r > 0) {
                double seconds = Duration.between(readings.get(r - 1).timestamp(), readings.get(r).timestamp())
                    .toNanos() / 1e9;
                if (seconds > GAP_TOLERANCE_SECONDS) {
                    gaps.add(gap(base + "/" + r + "/" + FeatureSchema.TIMESTAMP, r, seconds));
                }
            }
        }
        return new ModuleHistory(moduleId, SensorHistory.ofRows(moduleId, rows),
                HistorySummary.of(rows.length, filled, gaps));
    }

    private static GapWarning gap(String pointer, int r, double seconds) {
        long missing = Math.round(seconds / FeatureSchema.SAMPLING_INTERVAL_SECONDS) - 1;
        return new GapWarning(pointer, r, seconds, BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString()
                + " s after the previous reading, more than the "
                + FeatureSchema.SAMPLING_INTERVAL_SECONDS + " s sampling interval: about " + missing + " reading"
                + ((missing == 1) ? " is" : "s are") + " missing; the rolling windows span the readings given");
    }

}
