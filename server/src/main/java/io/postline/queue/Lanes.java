package io.postline.queue;

import io.postline.channel.Channel;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Keeps networks apart: each network host and each channel may only have a bounded number of posts in flight,
 * and each host has its own circuit breaker, so one slow or failing network never holds up the others.
 */
final class Lanes {
    /** At most this many posts to one channel at once: networks rate-limit per account anyway. */
    static final int MAX_PER_CHANNEL = 8;

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

    /** A lane for this channel's post, or null when its host or channel is at its limit right now. */
    Lane tryEnter(Channel channel, String host) {
        Semaphore hostPermits = hosts.computeIfAbsent(host, h -> new Semaphore(perHost));
        Semaphore channelPermits = channels.computeIfAbsent(channel.id(), c -> new Semaphore(perChannel));
        if (!hostPermits.tryAcquire()) {
            return null;
        }
        if (!channelPermits.tryAcquire()) {
            hostPermits.release();
            return null;
        }
        return new Lane(breakers.computeIfAbsent(host, h -> new CircuitBreaker(clock)), () -> {
            channelPermits.release();
            hostPermits.release();
        });
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
