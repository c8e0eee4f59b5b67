package io.postline.api;

import io.postline.Refusal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** ISO-8601 timestamps as both dialects write them: UTC with milliseconds out, any offset in. */
public final class Timestamps {
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {}

    public static String format(Instant instant) {
        return instant == null ? null : OUT.format(instant);
    }

    /** The earliest and latest instants a post may be scheduled at. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    /** Refuses instants no schedule needs, before they overflow arithmetic or formats downstream. */
    public static Instant inRange(String field, Instant instant) {
        if (instant != null && (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST))) {
            throw Refusal.badInput(field + " must be between 2000 and 2099.");
        }
        return instant;
    }

    public static Instant parse(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return inRange(field, OffsetDateTime.parse(value.strip()).toInstant());
        } catch (DateTimeParseException e) {
            throw Refusal.badInput(field + " '" + value + "' is not an ISO-8601 timestamp with an offset;"
                    + " write it like 2026-05-01T15:00:00Z or 2026-05-01T17:00:00+02:00.");
        }
    }
}
