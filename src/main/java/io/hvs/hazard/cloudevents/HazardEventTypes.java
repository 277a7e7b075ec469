package io.hvs.hazard.cloudevents;

/**
 * The CloudEvent types and extension attribute names this service reads and writes, declared once.
 * Extension names follow the CloudEvents naming rule (lower-case letters and digits), which is also the only
 * form a Knative Trigger filter accepts.
 */
public final class HazardEventTypes {

    /** The recommended type of incoming events; the input Trigger filters on it. */
    public static final String READINGS = "io.hvs.battery.readings.v1";

    /** The type of every reply. Never equal to {@link #READINGS}, so a reply cannot re-enter the input Trigger. */
    public static final String PREDICTION = "io.hvs.hazard.prediction.v1";

    /** Extension: "true" when any reading of the event is hazardous, else "false". */
    public static final String HAZARD = "hazard";

    /** Extension: the MLflow run id of the model that answered. */
    public static final String MODEL_VERSION = "modelversion";

    /** Extension: the id of the input event, for correlation. */
    public static final String INPUT_ID = "inputid";

    /** Extension (CloudEvents distributed tracing): the W3C trace context. */
    public static final String TRACEPARENT = "traceparent";

    private HazardEventTypes() {
    }

}
