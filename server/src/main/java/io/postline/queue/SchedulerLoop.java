package io.postline.queue;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps up to {@code maxInFlight} posts publishing at once: claims more as soon as enough have finished, at once
 * after a wake-up, else every poll interval. It never waits for a slow post before claiming the next ones.
 */
public final class SchedulerLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SchedulerLoop.class);

    private final PublishDuePosts publishDuePosts;
    private final Duration pollInterval;
    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private volatile boolean running;
    private boolean pending;
    private Thread thread;
    private ScheduledExecutorService heartbeat;

    public SchedulerLoop(PublishDuePosts publishDuePosts, Duration pollInterval, int maxInFlight) {
        this.publishDuePosts = publishDuePosts;
        this.pollInterval = pollInterval;
        this.maxInFlight = maxInFlight;
    }

    public void start() {
        running = true;
        thread = new Thread(this::run, "postline-scheduler");
        thread.setDaemon(true);
        thread.start();
        heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread beat = new Thread(runnable, "postline-lease-heartbeat");
            beat.setDaemon(true);
            return beat;
        });
        long every = Math.max(1, publishDuePosts.lease().toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::renewLeases, every, every, TimeUnit.MILLISECONDS);
    }

    private void renewLeases() {
        try {
            publishDuePosts.renewLeases();
        } catch (RuntimeException e) {
            LOG.warn("could not renew this node's leases; another node may take its posts over", e);
        }
    }

    /** Something became due (a post to publish now) or a worker finished: look again without waiting. */
    public void wake() {
        lock.lock();
        try {
            pending = true;
            woken.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        while (running) {
            int claimed = 0;
            int free = maxInFlight - inFlight.get();
            // claim in batches, not one post per finished post, so a burst costs few claim queries
            if (free >= Math.max(1, maxInFlight / 4) || (free > 0 && inFlight.get() == 0)) {
                try {
                    inFlight.addAndGet(free);
                    claimed = publishDuePosts.dispatchDue(free, this::finished).size();
                } catch (RuntimeException e) {
                    LOG.error("publishing pass failed; trying again after the poll interval", e);
                } finally {
                    inFlight.addAndGet(claimed - free);
                }
            }
            if (claimed < free || free < Math.max(1, maxInFlight / 4)) {
                sleep();
            }
        }
    }

    private void finished() {
        inFlight.decrementAndGet();
        wake();
    }

    private void sleep() {
        lock.lock();
        try {
            if (!pending) {
                woken.await(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
            }
            pending = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        running = false;
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
