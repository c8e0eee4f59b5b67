package io.postline.publish.bluesky;

import io.postline.publish.RetryAfter;
import io.postline.publish.PublishOutcome;
import io.postline.publish.PublishOutcome.Rejected;
import io.postline.publish.PublishOutcome.RetryLater;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Sorts a PDS error answer into an outcome: 429 and 5xx pass, every other refusal is final. */
final class Failures {
    private final Clock clock;

    Failures(Clock clock) {
        this.clock = clock;
    }

    PublishOutcome outcome(String what, XrpcResponse response) {
        String reason = "Bluesky " + what + ": " + response.describe();
        if (response.status() == 429 || response.status() >= 500) {
            return new RetryLater(reason, retryAfter(response));
        }
        return new Rejected(reason);
    }

    Halt halt(String what, XrpcResponse response) {
        return new Halt(outcome(what, response));
    }

    /** {@code Retry-After} (seconds or HTTP date) first; else the PDS's {@code ratelimit-reset} (epoch seconds). */
    Optional<Duration> retryAfter(XrpcResponse response) {
        var headers = response.headers();
        Optional<Instant> until = headers.firstValue("retry-after").flatMap(value -> RetryAfter.until(value, clock))
                .or(() -> headers.firstValue("ratelimit-reset").flatMap(Failures::epochSeconds));
        return until.map(at -> RetryAfter.from(at, clock));
    }

    private static Optional<Instant> epochSeconds(String value) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.trim())));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }
}
