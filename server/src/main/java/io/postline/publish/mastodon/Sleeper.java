package io.postline.publish.mastodon;

import java.time.Duration;

/** Waits between media processing polls; tests pass one that only records the waits. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());
}
