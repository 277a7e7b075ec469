package io.hvs.hazard.api;

import java.util.List;

/**
 * A decoded, valid prediction request: at least one reading, each complete.
 *
 * @param readings the readings in request order
 */
public record HazardRequest(List<ModuleReading> readings) {

    public HazardRequest {
        readings = List.copyOf(readings);
    }

}
