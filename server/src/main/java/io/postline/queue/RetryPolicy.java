package io.postline.queue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Jittered exponential backoff that waits at least as long as the network asked, up to a number of attempts. */
public record RetryPolicy(Duration first, Duration cap, int maxAttempts) {
    public static final RetryPolicy STANDARD = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(30), 8);

    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /** The wait before attempt {@code attempts + 1}: doubling, ±20 % jitter, capped, never less than asked. */
    public Duration delay(int attempts, Optional<Duration> askedFor) {
        long base = first.toMillis() << Math.min(Math.max(attempts - 1, 0), 20);
        long capped = Math.min(base, cap.toMillis());
        long jittered = (long) (capped * ThreadLocalRandom.current().nextDouble(0.8, 1.2));
        long asked = askedFor.map(Duration::toMillis).orElse(0L);
        return Duration.ofMillis(Math.max(jittered, asked));
    }
}
