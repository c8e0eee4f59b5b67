package io.postline.publish.mastodon;

import io.postline.publish.PublishOutcome;
import io.postline.publish.PublishOutcome.Rejected;
import io.postline.publish.PublishOutcome.RetryLater;

/** Ends a publish attempt early from deep inside a step, carrying the outcome that the attempt ends with. */
final class Halt extends Exception {
    final transient PublishOutcome outcome;

    Halt(PublishOutcome outcome) {
        super(outcome.toString(), null, false, false);
        this.outcome = outcome;
    }

    static Halt rejected(String reason) {
        return new Halt(new Rejected(reason));
    }

    static Halt retryLater(String reason) {
        return new Halt(new RetryLater(reason));
    }
}
