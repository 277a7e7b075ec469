package io.hvs.hazard.training;

import java.util.Optional;

import io.hvs.hazard.features.SensorHistory;

/**
 * One generated module: its raw readings (with the injected gaps and outliers), the label of every row
 * (1 inside the hazardous window) and its fault, if it has one.
 *
 * @param raw the raw sensor history, one row per step
 * @param labels 0 or 1 per row
 * @param fault the fault injected into this module, if any
 * @param startEpochSecond timestamp of row 0
 * @param intervalSeconds seconds between rows
 */
record ModuleData(SensorHistory raw, int[] labels, Optional<FaultSpec> fault, long startEpochSecond,
        int intervalSeconds) {

    String moduleId() {
        return this.raw.moduleId();
    }

    int rows() {
        return this.raw.rows();
    }

    long epochSecond(int row) {
        return this.startEpochSecond + (long) row * this.intervalSeconds;
    }

}
