package io.postline.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads an HTTP {@code Retry-After} header: delay seconds or an HTTP date. */
public final class RetryAfter {
    private RetryAfter() {}

    /** The instant the header names, or empty when it names none. */
    public static Optional<Instant> until(String value, Clock clock) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(clock.instant().plusSeconds(Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }

    /** How long from now until that instant, never negative. */
    public static Duration from(Instant until, Clock clock) {
        Duration wait = Duration.between(clock.instant(), until);
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
