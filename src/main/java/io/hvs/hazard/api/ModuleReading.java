package io.hvs.hazard.api;

import io.hvs.hazard.features.FeatureSchema;

/**
 * One module's reading as sent by a client, fully validated.
 *
 * @param moduleId the module id, or {@link #UNKNOWN_MODULE} when the client sent none
 * @param rackId the rack id, or {@code null}
 * @param timestamp the client's timestamp as text, or {@code null}
 * @param features the 30 feature values in {@link FeatureSchema#FEATURE_NAMES} order, all finite; owned by
 * this record, never modified after decoding
 */
public record ModuleReading(String moduleId, String rackId, String timestamp, double[] features) {

    /** The Module_ID answered when a reading has none (the original API's behaviour). */
    public static final String UNKNOWN_MODULE = "Unknown";

}
