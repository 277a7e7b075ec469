package io.hvs.hazard.api;

import java.util.List;

/**
 * A decoded, valid prediction request: at least one reading, each complete.
 *
 * @param readings the readings in request order
 * @param singleReading whether the body was one bare reading rather than {@code {"readings":[...]}}
 */
public record HazardRequest(List<ModuleReading> readings, boolean singleReading) {

    public HazardRequest {
        readings = List.copyOf(readings);
    }

    /** The JSON pointer of a member of reading {@code index} in the body this request came from. */
    public String pointer(int index, String field) {
        String member = ErrorCollector.pointer("", field);
        return this.singleReading ? member : "/" + HazardRequestDecoder.READINGS + "/" + index + member;
    }

}
