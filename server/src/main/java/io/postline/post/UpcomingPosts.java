package io.postline.post;

import io.postline.db.Tx;
import io.postline.queue.QueueSlots;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A channel's scheduled posts after an instant, read a page at a time in time order, so putting a post on top
 * of a queue of 50,000 reads only as far as the posts it actually moves.
 */
final class UpcomingPosts {
    static final int PAGE = 100;

    private final Tx tx;
    private final String channelId;
    private final Set<Instant> fixed = new HashSet<>();
    private final Deque<Post> queued = new ArrayDeque<>();
    private Instant lastTime;
    private String lastId = "";
    private boolean exhausted;

    UpcomingPosts(Tx tx, String channelId, Instant after) {
        this.tx = tx;
        this.channelId = channelId;
        this.lastTime = after;
    }

    /** The first slot after {@code after} that no post with a chosen time holds. */
    Instant freeSlotAfter(QueueSlots slots, Instant after, java.util.function.Supplier<RuntimeException> none) {
        Instant slot = slots.firstAfter(after).orElseThrow(none);
        while (true) {
            readThrough(slot);
            if (!fixed.contains(slot)) {
                return slot;
            }
            slot = slots.firstAfter(slot).orElseThrow(none);
        }
    }

    /** The next queue-placed post in time order, or null after the last. */
    Post nextQueued() {
        while (queued.isEmpty() && !exhausted) {
            readPage();
        }
        return queued.poll();
    }

    private void readThrough(Instant instant) {
        while (!exhausted && !lastTime.isAfter(instant)) {
            readPage();
        }
    }

    private void readPage() {
        List<Post> page = tx.query("SELECT * FROM posts WHERE channel_id = ? AND status = 'scheduled'"
                        + " AND (scheduled_at, id) > (?, ?) ORDER BY scheduled_at, id LIMIT ?",
                PostStore::post, channelId, lastTime.toEpochMilli(), lastId, PAGE);
        for (Post post : page) {
            if (post.queued()) {
                queued.add(post);
            } else {
                fixed.add(post.scheduledAt());
            }
        }
        if (page.size() < PAGE) {
            exhausted = true;
        } else {
            Post last = page.get(page.size() - 1);
            lastTime = last.scheduledAt();
            lastId = last.id();
        }
    }
}
