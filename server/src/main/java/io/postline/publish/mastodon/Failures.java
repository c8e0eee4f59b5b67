package io.postline.publish.mastodon;

import io.postline.publish.RetryAfter;
import io.postline.publish.PublishOutcome;
import io.postline.publish.PublishOutcome.Rejected;
import io.postline.publish.PublishOutcome.RetryLater;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Sorts a Mastodon error answer into an outcome: 429 and 5xx pass, every other refusal is final. */
final class Failures {
    private final Clock clock;

    Failures(Clock clock) {
        this.clock = clock;
    }

    PublishOutcome outcome(String what, MastodonResponse response) {
        if (response.status() == 429 || response.status() >= 500) {
            return new RetryLater("Mastodon " + what + " failed for now: " + response.error(), retryAfter(response));
        }
        if (response.status() == 401) {
            return new Rejected("Mastodon refused the access token: " + response.error());
        }
        return new Rejected("Mastodon refused the " + what + ": " + response.error());
    }

    Halt halt(String what, MastodonResponse response) {
        return new Halt(outcome(what, response));
    }

    /** {@code Retry-After} (seconds or HTTP date) first, else {@code X-RateLimit-Reset} (an ISO timestamp). */
    Optional<Duration> retryAfter(MastodonResponse response) {
        var headers = response.headers();
        Optional<Instant> until = headers.firstValue("retry-after").flatMap(value -> RetryAfter.until(value, clock))
                .or(() -> headers.firstValue("x-ratelimit-reset").flatMap(Failures::isoInstant));
        return until.map(at -> RetryAfter.from(at, clock));
    }

    private static Optional<Instant> isoInstant(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.ISO_DATE_TIME).toInstant());
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
