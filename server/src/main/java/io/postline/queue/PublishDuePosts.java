package io.postline.queue;

import io.postline.channel.Channel;
import io.postline.db.Database;
import io.postline.db.Json;
import io.postline.post.Post;
import io.postline.publish.PublishOutcome;
import io.postline.publish.PublishProgress;
import io.postline.publish.PublishRequest;
import io.postline.publish.Publisher;
import io.postline.publish.SentPart;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of the publishing loop: claim due posts, hand each to its channel's publisher, and store the outcome.
 * Every outcome update is conditional on still holding the lease, so a slow process cannot overwrite the work
 * of one that took over.
 */
public final class PublishDuePosts {
    private static final Logger LOG = LoggerFactory.getLogger(PublishDuePosts.class);
    static final int BATCH = 256;
    /** How long a post waits when its network host or channel already has as many posts in flight as allowed. */
    static final Duration BUSY_LANE_DELAY = Duration.ofMillis(500);

    private final Database database;
    private final Clock clock;
    private final ClaimDuePosts claims;
    private final Publishing publishing;
    private final ExecutorService workers;
    private final Lanes lanes;
    private final ChannelCache channelCache;

    public PublishDuePosts(Database database, Clock clock, ClaimDuePosts claims, Publishing publishing,
                           ExecutorService workers) {
        this.database = database;
        this.clock = clock;
        this.claims = claims;
        this.publishing = publishing;
        this.workers = workers;
        this.lanes = new Lanes(clock, publishing.workers());
        this.channelCache = new ChannelCache(publishing.channels(), clock);
    }

    /** Keeps this process's claims alive while it publishes (see {@link ClaimDuePosts#renewLeases()}). */
    public int renewLeases() {
        return claims.renewLeases();
    }

    Duration lease() {
        return claims.lease();
    }

    /** Publishes what is due now and waits for it; answers how many posts it took. */
    public int runOnce() {
        List<Future<?>> running = dispatchDue(BATCH, () -> { });
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                LOG.error("publishing worker failed", e.getCause());
            }
        }
        return running.size();
    }

    /** Claims up to {@code max} due posts and starts publishing them; {@code whenDone} runs after each one. */
    public List<Future<?>> dispatchDue(int max, Runnable whenDone) {
        List<Post> claimed = claims.claim(max);
        List<Future<?>> running = new ArrayList<>(claimed.size());
        for (Post post : claimed) {
            running.add(workers.submit(() -> {
                try {
                    publishSafely(post);
                } finally {
                    whenDone.run();
                }
            }));
        }
        return running;
    }

    private void publishSafely(Post post) {
        try {
            publish(post);
        } catch (RuntimeException e) {
            // the lease runs out and another pass retries; the publisher's own idempotency keeps that safe
            LOG.error("publishing post {} failed before its outcome was stored", post.id(), e);
        }
    }

    private void publish(Post post) {
        ChannelCache.Entry entry = channelCache.get(post.organizationId(), post.channelId()).orElse(null);
        if (entry == null) {
            store(post, null, new PublishOutcome.Rejected("The channel of this post is no longer connected."));
            return;
        }
        Channel channel = entry.channel();
        Publisher publisher = publishing.publishers().forName(channel.publisher()).orElse(null);
        if (publisher == null) {
            store(post, channel, new PublishOutcome.Rejected(Channel.DISCONNECTED.equals(channel.publisher())
                    ? "The channel was disconnected; connect it again to publish."
                    : "Postline cannot publish to channels of kind " + channel.publisher() + " in this version."));
            return;
        }
        Map<String, String> credentials = entry.credentials();
        // sandbox channels call no network, so there is nothing to keep apart
        Lanes.Lane lane = channel.isSandbox() ? lanes.unlimited()
                : lanes.enter(channel, NetworkHost.of(channel, credentials));
        if (lane == null) {
            defer(post, clock.millis() + BUSY_LANE_DELAY.toMillis());
            return;
        }
        try (lane) {
            if (!lane.breaker().allows()) {
                defer(post, lane.breaker().openUntil().toEpochMilli());
                return;
            }
            PublishRequest request = new PublishRequest(post.id(), channel.id(), channel.service(),
                    channel.serviceId(), post.scheduledAt(), post.content(), credentials, post.sentParts(),
                    post.attempts());
            PublishOutcome outcome = attempt(publisher, request, sentPartsRecorder(post));
            if (outcome instanceof PublishOutcome.RetryLater || outcome instanceof PublishOutcome.Unconfirmed) {
                lane.breaker().failed();
            } else {
                lane.breaker().succeeded();
            }
            store(post, channel, outcome);
        }
    }

    /** Gives a claimed post back untouched, to be taken again at {@code dueAt}; it does not count as an attempt. */
    private void defer(Post post, long dueAt) {
        database.transaction(tx -> tx.update(
                "UPDATE posts SET status = 'scheduled', due_at = ?, attempts = attempts - 1, lease_owner = NULL,"
                        + " lease_until = NULL WHERE id = ? AND lease_owner = ?",
                dueAt, post.id(), claims.owner()));
    }

    private static PublishOutcome attempt(Publisher publisher, PublishRequest request, PublishProgress progress) {
        try {
            return publisher.publish(request, progress);
        } catch (RuntimeException e) {
            LOG.error("publisher failed unexpectedly for {}", request, e);
            // the request may have reached the network: never send it again blindly
            return new PublishOutcome.Unconfirmed("Postline hit an internal error while publishing and cannot tell"
                    + " whether the network received the post; check the channel before sending it again.");
        }
    }

    private PublishProgress sentPartsRecorder(Post post) {
        List<SentPart> parts = new ArrayList<>(post.sentParts());
        int last = post.content().parts().size() - 1;
        return part -> {
            parts.add(part);
            if (part.index() == last) {
                return; // the Published outcome is stored next; a replay of the last part is deduplicated anyway
            }
            database.transaction(tx -> tx.update(
                    "UPDATE posts SET sent_parts = ? WHERE id = ? AND lease_owner = ?",
                    Json.write(parts), post.id(), claims.owner()));
        };
    }

    private void store(Post post, Channel channel, PublishOutcome outcome) {
        long now = clock.millis();
        int changed;
        if (outcome instanceof PublishOutcome.Published published) {
            changed = database.transaction(tx -> tx.update(
                    "UPDATE posts SET status = 'sent', sent_at = ?, remote_id = ?, external_url = ?, error = NULL,"
                            + " due_at = NULL, lease_owner = NULL, lease_until = NULL, updated_at = ?"
                            + " WHERE id = ? AND lease_owner = ?",
                    now, published.remoteId(), published.url(), now, post.id(), claims.owner()));
        } else if (outcome instanceof PublishOutcome.RetryLater retry) {
            changed = retry(post, retry, now);
        } else if (outcome instanceof PublishOutcome.Rejected rejected) {
            changed = fail(post, rejected.reason(), now);
        } else {
            changed = fail(post, "Unconfirmed: " + ((PublishOutcome.Unconfirmed) outcome).reason(), now);
        }
        if (changed == 0) {
            LOG.warn("post {} was taken over by another process before its outcome was stored", post.id());
        }
        Duration lateness = post.scheduledAt() == null ? Duration.ZERO
                : Duration.ofMillis(now - post.scheduledAt().toEpochMilli());
        publishing.listener().finished(channel, post, outcome, lateness);
    }

    private int retry(Post post, PublishOutcome.RetryLater retry, long now) {
        RetryPolicy policy = publishing.retry();
        if (policy.exhausted(post.attempts())) {
            return fail(post, "Gave up after " + post.attempts() + " attempts: " + retry.reason(), now);
        }
        long next = now + policy.delay(post.attempts(), retry.retryAfter()).toMillis();
        return database.transaction(tx -> tx.update(
                "UPDATE posts SET status = 'scheduled', due_at = ?, error = ?, lease_owner = NULL, lease_until = NULL,"
                        + " updated_at = ? WHERE id = ? AND lease_owner = ?",
                next, "Retrying: " + retry.reason(), now, post.id(), claims.owner()));
    }

    private int fail(Post post, String reason, long now) {
        return database.transaction(tx -> tx.update(
                "UPDATE posts SET status = 'error', error = ?, due_at = NULL, lease_owner = NULL, lease_until = NULL,"
                        + " updated_at = ? WHERE id = ? AND lease_owner = ?",
                reason, now, post.id(), claims.owner()));
    }
}
