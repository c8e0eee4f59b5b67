package io.postline.post;

import io.postline.Refusal;
import io.postline.channel.Channel;
import io.postline.db.Tx;
import io.postline.queue.QueueSlots;
import java.time.Instant;

/**
 * Finds queue slots for posts without a chosen time. Callers hold the channel's lock (see
 * {@code Dialect.lockChannel}) so two requests never take the same slot.
 */
final class QueuePlacement {
    private final Tx tx;
    private final Channel channel;
    private final Instant now;

    QueuePlacement(Tx tx, Channel channel, Instant now) {
        this.tx = tx;
        this.channel = channel;
        this.now = now;
    }

    /** The first slot later than both now and the channel's last scheduled post. */
    Instant endOfQueue() {
        Instant last = PostStore.lastScheduledAt(tx, channel.id());
        Instant after = last != null && last.isAfter(now) ? last : now;
        return channel.queueSlots().firstAfter(after).orElseThrow(this::noSlot);
    }

    /**
     * The channel's next free slot, moving every queue-placed post from there down one slot. Posts with a
     * chosen time keep it, and their slots are skipped.
     */
    Instant topOfQueue() {
        UpcomingPosts upcoming = new UpcomingPosts(tx, channel.id(), now);
        QueueSlots slots = channel.queueSlots();
        Instant top = upcoming.freeSlotAfter(slots, now, this::noSlot);
        Instant previous = top;
        for (Post post = upcoming.nextQueued(); post != null; post = upcoming.nextQueued()) {
            Instant next = upcoming.freeSlotAfter(slots, previous, this::noSlot);
            if (!post.scheduledAt().isBefore(next)) {
                break; // this post, and every later one, is already clear of the posts ahead of it
            }
            move(post, next);
            previous = next;
        }
        return top;
    }

    private void move(Post post, Instant to) {
        tx.update("UPDATE posts SET scheduled_at = ?, sort_at = ?, due_at = ? WHERE id = ?",
                to.toEpochMilli(), to.toEpochMilli(), to.toEpochMilli(), post.id());
    }

    private Refusal noSlot() {
        return Refusal.badInput("Channel " + channel.name() + " has no active posting times, so a post cannot join"
                + " its queue: give scheduledAt, or add times with updatePostingSchedule.");
    }
}
