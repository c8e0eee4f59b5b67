package io.postline.api.buffer;

import io.postline.Refusal;
import io.postline.api.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Buffer's DateTime: answers are UTC with milliseconds; inputs are ISO-8601, with an offset, or without one
 * (read as UTC), or a bare date (its start in UTC, or the local day where a day is meant).
 */
final class BufferTime {
    private BufferTime() {}

    static boolean isValid(String value) {
        try {
            instant(value);
            return true;
        } catch (Refusal e) {
            return false;
        }
    }

    static Instant instant(String value) {
        return value == null ? null : io.postline.api.Timestamps.inRange("'" + value + "'", parsed(value));
    }

    private static Instant parsed(String value) {
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException last) {
                    throw Refusal.badInput("'" + value + "' is not an ISO-8601 date and time such as"
                            + " 2026-05-06T17:00:00Z.");
                }
            }
        }
    }

    /** The calendar day a DateTime input names: the date as written, ignoring its time and offset. */
    static LocalDate day(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
    }

    static String format(Instant instant) {
        return Timestamps.format(instant);
    }

    /** A DateTime input as Buffer answers it (UTC, milliseconds), or null. */
    static String normalized(Object value) {
        return value == null ? null : format(instant(value.toString()));
    }
}
