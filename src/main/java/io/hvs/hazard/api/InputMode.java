package io.hvs.hazard.api;

/**
 * How a prediction request reached the service, as the metrics label {@code input_mode} spells it.
 * <p>
 * The seam between the decoders and the request metrics and logs: whoever decodes a request sets the servlet
 * request attribute {@link #ATTRIBUTE} to one of these values (the CloudEvents handler for the three ce- modes);
 * a function request without it counts as {@link #JSON}. The decoder may also set {@link #EVENT_ID_ATTRIBUTE}
 * (the CloudEvent id, for the request's log line) and {@link #READINGS_ATTRIBUTE} (an {@code Integer}: the
 * readings scored for this request, summed over the events of a batch).
 */
public enum InputMode {

    /** A plain JSON body (one reading or {@code {"readings": [...]}}). */
    JSON("json"),

    /** A binary-mode CloudEvent: attributes in ce- headers, readings in the body. */
    CE_BINARY("ce-binary"),

    /** A structured-mode CloudEvent ({@code application/cloudevents+json}). */
    CE_STRUCTURED("ce-structured"),

    /** A batch of structured CloudEvents ({@code application/cloudevents-batch+json}). */
    CE_BATCH("ce-batch");

    /** Request attribute holding the {@link InputMode} of the request. */
    public static final String ATTRIBUTE = "hvs.input-mode";

    /** Request attribute holding the CloudEvent id (a String; the first event's for a batch). */
    public static final String EVENT_ID_ATTRIBUTE = "hvs.event-id";

    /** Request attribute holding the number of readings scored for the request (an Integer). */
    public static final String READINGS_ATTRIBUTE = "hvs.readings";

    private final String label;

    InputMode(String label) {
        this.label = label;
    }

    /** The metrics label value. */
    public String label() {
        return this.label;
    }

}
