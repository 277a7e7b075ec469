package io.hvs.hazard.api;

import java.util.List;

/**
 * A decoded, valid prediction request: either feature readings (at least one, each complete) or raw histories (at
 * least one; then {@code readings} is empty).
 *
 * @param readings the readings in request order
 * @param singleReading whether the body was one bare reading rather than {@code {"readings":[...]}}
 * @param histories the raw histories in request order, or empty for a readings request
 */
public record HazardRequest(List<ModuleReading> readings, boolean singleReading, List<ModuleHistory> histories) {

    public HazardRequest {
        readings = List.copyOf(readings);
        histories = List.copyOf(histories);
    }

    /** A request of feature readings. */
    public HazardRequest(List<ModuleReading> readings, boolean singleReading) {
        this(readings, singleReading, List.of());
    }

    /** Whether this is a {@code {"histories":[...]}} request. */
    public boolean hasHistories() {
        return !this.histories.isEmpty();
    }

    /** The JSON pointer of a member of reading {@code index} in the body this request came from. */
    public String pointer(int index, String field) {
        String member = ErrorCollector.pointer("", field);
        return this.singleReading ? member : "/" + HazardRequestDecoder.READINGS + "/" + index + member;
    }

}
