package io.hvs.hazard.cloudevents;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code time} attribute's form: an RFC 3339 {@code date-time}, in which seconds and the offset are mandatory.
 * The SDK parses it with {@link OffsetDateTime#parse}, which also takes {@code 2026-03-14T09:26Z}; an event
 * accepted with such a time would be re-published unchanged by the broker to subscribers whose SDK rejects it.
 */
final class EventTime {

    static final String REASON = "must be an RFC 3339 timestamp with seconds and an offset, e.g. 2026-03-14T09:26:53Z";

    /** RFC 3339 section 5.6 date-time; the letters T and Z in either case (ABNF strings are case-insensitive). */
    private static final Pattern DATE_TIME = Pattern
        .compile("\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");

    private EventTime() {
    }

    /** Whether {@code value} is an RFC 3339 date-time of a real instant (no month 13, no hour 25). */
    static boolean isValid(String value) {
        if (value == null || !DATE_TIME.matcher(value).matches()) {
            return false;
        }
        try {
            OffsetDateTime.parse(value.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return true;
        }
        catch (DateTimeParseException ex) {
            return false;
        }
    }

}
