package io.postline.queue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs publishing passes on a thread: at once after a wake-up, else every poll interval. */
public final class SchedulerLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SchedulerLoop.class);

    private final PublishDuePosts publishDuePosts;
    private final Duration pollInterval;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private volatile boolean running;
    private boolean pending;
    private Thread thread;

    public SchedulerLoop(PublishDuePosts publishDuePosts, Duration pollInterval) {
        this.publishDuePosts = publishDuePosts;
        this.pollInterval = pollInterval;
    }

    public void start() {
        running = true;
        thread = new Thread(this::run, "postline-scheduler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Something became due (a post to publish now): run a pass without waiting for the next poll. */
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
            int taken = 0;
            try {
                taken = publishDuePosts.runOnce();
            } catch (RuntimeException e) {
                LOG.error("publishing pass failed; trying again after the poll interval", e);
            }
            if (taken == 0) {
                sleep();
            }
        }
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
