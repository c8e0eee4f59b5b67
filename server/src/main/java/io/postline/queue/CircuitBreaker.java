package io.postline.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a network host that keeps failing: after {@code threshold} failures in a row it opens for
 * {@code cooldown}, then lets one attempt through; a success closes it again.
 */
final class CircuitBreaker {
    static final int THRESHOLD = 5;
    static final Duration COOLDOWN = Duration.ofSeconds(30);

    private final Clock clock;
    private int failures;
    private Instant openUntil = Instant.MIN;
    private boolean trialRunning;

    CircuitBreaker(Clock clock) {
        this.clock = clock;
    }

    /** Whether a call may go out now. */
    synchronized boolean allows() {
        if (failures < THRESHOLD) {
            return true;
        }
        if (clock.instant().isBefore(openUntil) || trialRunning) {
            return false;
        }
        trialRunning = true;
        return true;
    }

    synchronized void succeeded() {
        failures = 0;
        trialRunning = false;
    }

    synchronized void failed() {
        failures++;
        trialRunning = false;
        if (failures >= THRESHOLD) {
            openUntil = clock.instant().plus(COOLDOWN);
        }
    }

    synchronized Instant openUntil() {
        return openUntil;
    }
}
