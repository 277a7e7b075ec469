package io.hvs.hazard.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Parses the Timestamp of a raw-history reading. Accepted: RFC 3339 / ISO-8601 date-times with an offset
 * ({@code 2024-01-01T00:00:10Z}, {@code 2024-01-01T01:00:10.5+01:00}; RFC 3339's lower-case {@code t}/{@code z}
 * and space separator too), and the data set's own local form without an offset ({@code 2024-01-01 00:00:10} as
 * pandas writes a datetime column, or {@code 2024-01-01T00:00:10}), read as UTC.
 */
final class HistoryTimestamps {

    static final String FORMAT_REASON = "must be an RFC 3339 date-time such as 2024-01-01T00:00:10Z (or "
            + "2024-01-01 00:00:10, read as UTC)";

    private static final int DATE_LENGTH = "2024-01-01".length();

    private HistoryTimestamps() {
    }

    /** The instant, or {@code null} when the text is not one of the accepted forms. */
    static Instant parse(String text) {
        if (text.length() <= DATE_LENGTH) {
            return null;
        }
        char separator = text.charAt(DATE_LENGTH);
        if (separator != 'T' && separator != 't' && separator != ' ') {
            return null;
        }
        String normalised = (text.substring(0, DATE_LENGTH) + 'T' + text.substring(DATE_LENGTH + 1))
            .toUpperCase(Locale.ROOT);
        try {
            return OffsetDateTime.parse(normalised, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        }
        catch (DateTimeParseException ex) {
            // No offset: the local form, tried next.
        }
        try {
            return LocalDateTime.parse(normalised, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

}
