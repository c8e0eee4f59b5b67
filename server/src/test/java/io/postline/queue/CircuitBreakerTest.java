package io.postline.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.postline.support.SettableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final CircuitBreaker breaker = new CircuitBreaker(clock);

    @Test
    void opens_after_five_failures_in_a_row_and_lets_one_trial_through_after_the_cooldown() {
        for (int i = 0; i < CircuitBreaker.THRESHOLD; i++) {
            assertThat(breaker.allows()).isTrue();
            breaker.failed();
        }
        assertThat(breaker.allows()).isFalse();

        clock.advance(CircuitBreaker.COOLDOWN.plusSeconds(1));
        assertThat(breaker.allows()).as("one trial").isTrue();
        assertThat(breaker.allows()).as("only one trial at a time").isFalse();

        breaker.succeeded();
        assertThat(breaker.allows()).isTrue();
    }

    @Test
    void a_failed_trial_opens_it_again_for_a_full_cooldown() {
        for (int i = 0; i < CircuitBreaker.THRESHOLD; i++) {
            breaker.failed();
        }
        clock.advance(CircuitBreaker.COOLDOWN.plusSeconds(1));
        assertThat(breaker.allows()).isTrue();
        breaker.failed();

        clock.advance(Duration.ofSeconds(10));
        assertThat(breaker.allows()).isFalse();
        assertThat(breaker.openUntil()).isEqualTo(clock.instant().minusSeconds(10).plus(CircuitBreaker.COOLDOWN));
    }

    @Test
    void a_success_resets_the_count_of_failures() {
        for (int i = 0; i < CircuitBreaker.THRESHOLD - 1; i++) {
            breaker.failed();
        }
        breaker.succeeded();
        breaker.failed();

        assertThat(breaker.allows()).isTrue();
    }
}
