package io.hvs.hazard.cloudevents;

import java.util.Locale;

import io.hvs.hazard.api.InputMode;

/**
 * The three HTTP content modes of CloudEvents (HTTP protocol binding, section 3). A reply always uses the mode of
 * its request.
 */
enum CloudEventMode {

    /** Attributes in ce- headers, the data in the body. */
    BINARY(InputMode.CE_BINARY),

    /** The whole event in the body, {@code application/cloudevents+json}. */
    STRUCTURED(InputMode.CE_STRUCTURED),

    /** A JSON array of structured events, {@code application/cloudevents-batch+json}. */
    BATCH(InputMode.CE_BATCH);

    static final String CE_PREFIX = "ce-";

    private static final String STRUCTURED_TYPE = "application/cloudevents";

    private static final String BATCH_TYPE = "application/cloudevents-batch";

    private final InputMode inputMode;

    CloudEventMode(InputMode inputMode) {
        this.inputMode = inputMode;
    }

    /** The request-metrics label of this mode (see {@link InputMode#ATTRIBUTE}). */
    InputMode inputMode() {
        return this.inputMode;
    }

    /**
     * Tells the mode of a request, or {@code null} for a plain (non-CloudEvent) request. The content type decides
     * structured and batch, as the binding says; any ce- header (not only ce-specversion) makes it binary, so a
     * request with an incomplete set of attributes is answered 400 instead of being scored as plain JSON with its
     * attributes silently ignored.
     * @param contentType the Content-Type header, may be {@code null}
     * @param headerNames every request header name
     */
    static CloudEventMode detect(String contentType, Iterable<String> headerNames) {
        if (contentType != null) {
            String type = contentType.trim().toLowerCase(Locale.ROOT);
            if (type.startsWith(BATCH_TYPE)) {
                return BATCH;
            }
            if (type.startsWith(STRUCTURED_TYPE)) {
                return STRUCTURED;
            }
        }
        for (String name : headerNames) {
            if (isCloudEventHeader(name)) {
                return BINARY;
            }
        }
        return null;
    }

    /** Whether a header name is in the ce- namespace (names are case-insensitive). */
    static boolean isCloudEventHeader(String name) {
        return name != null && name.regionMatches(true, 0, CE_PREFIX, 0, CE_PREFIX.length());
    }

}
