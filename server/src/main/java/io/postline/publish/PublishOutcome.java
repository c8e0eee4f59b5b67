package io.postline.publish;

import java.time.Duration;
import java.util.Optional;

/** How one publish attempt ended. */
public sealed interface PublishOutcome {

    /** The network has the post: its id and public URL (of the first part, for threads). */
    record Published(String remoteId, String url) implements PublishOutcome {}

    /** A passing failure (network error, 5xx, 429): try again, not before {@code retryAfter} if the network said so. */
    record RetryLater(String reason, Optional<Duration> retryAfter) implements PublishOutcome {
        public RetryLater(String reason) {
            this(reason, Optional.empty());
        }
    }

    /** The network refused the post for a reason that will not change by retrying. */
    record Rejected(String reason) implements PublishOutcome {}

    /** The request may or may not have reached the network and it cannot be checked: never re-send blindly. */
    record Unconfirmed(String reason) implements PublishOutcome {}
}
