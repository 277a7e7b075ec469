package io.hvs.hazard.api;

import io.hvs.hazard.features.SensorHistory;

/**
 * One module's decoded raw history: valid timestamps in strictly increasing order, sensor values within their
 * domain ranges or missing ({@code NaN}, filled later by the feature pipeline), and a complete newest reading.
 *
 * @param moduleId the history's Module_ID
 * @param sensors the readings, oldest first
 * @param summary readings used, window, filled values and gap warnings, for the answer
 */
public record ModuleHistory(String moduleId, SensorHistory sensors, HistorySummary summary) {
}
