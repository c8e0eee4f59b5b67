package io.postline.queue;

import io.postline.channel.Channel;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps networks apart: each network host and each channel may only have a bounded number of posts in flight,
 * and each host has its own circuit breaker, so one slow or failing network never holds up the others.
 */
final class Lanes {
    /** At most this many posts to one channel at once: networks rate-limit per account anyway. */
    static final int MAX_PER_CHANNEL = 8;
    /** How long a worker waits for a busy lane before it gives the post back. */
    static final Duration WAIT = Duration.ofSeconds(2);

    private final Clock clock;
    private final int perHost;
    private final int perChannel;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
    private final Map<String, Semaphore> channels = new ConcurrentHashMap<>();
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    /** Limits derived from the worker count: one host can take at most half of the workers. */
    Lanes(Clock clock, int workers) {
        this.clock = clock;
        this.perHost = Math.max(1, workers / 2);
        this.perChannel = Math.max(1, Math.min(MAX_PER_CHANNEL, workers / 4));
    }

    /**
     * A lane for this channel's post, waiting up to {@link #WAIT} for one: in a burst to one host a lane frees
     * within milliseconds, while giving the post back would cost a claim and a write. Null when the host or the
     * channel stays at its limit (a slow network), so the post goes back and the worker serves other hosts.
     */
    Lane enter(Channel channel, String host) {
        Semaphore hostPermits = hosts.computeIfAbsent(host, h -> new Semaphore(perHost));
        Semaphore channelPermits = channels.computeIfAbsent(channel.id(), c -> new Semaphore(perChannel));
        if (!acquire(channelPermits)) {
            return null;
        }
        if (!acquire(hostPermits)) {
            channelPermits.release();
            return null;
        }
        return new Lane(breakers.computeIfAbsent(host, h -> new CircuitBreaker(clock)), () -> {
            channelPermits.release();
            hostPermits.release();
        });
    }

    private static boolean acquire(Semaphore permits) {
        try {
            return permits.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A lane without limits, for channels that call no network. */
    Lane unlimited() {
        return new Lane(breakers.computeIfAbsent("", h -> new CircuitBreaker(clock)), () -> { });
    }

    /** Held while one post is published; close it when done. */
    record Lane(CircuitBreaker breaker, Runnable release) implements AutoCloseable {
        @Override
        public void close() {
            release.run();
        }
    }
}
