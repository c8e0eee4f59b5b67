package io.postline.queue;

import io.postline.db.Database;
import io.postline.post.Post;
import io.postline.post.PostStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes due posts for this process with a lease: a conditional UPDATE, so two processes never hold the same
 * post, and a lease that expires, so a process that dies mid-publish releases its posts to the others.
 */
public final class ClaimDuePosts {
    private final Database database;
    private final Clock clock;
    private final String owner;
    private final Duration lease;

    public ClaimDuePosts(Database database, Clock clock, String owner, Duration lease) {
        this.database = database;
        this.clock = clock;
        this.owner = owner;
        this.lease = lease;
    }

    /** Up to {@code max} posts: due scheduled ones first, then ones whose lease has run out. */
    public List<Post> claim(int max) {
        List<Post> claimed = new ArrayList<>(claimWhere("status = 'scheduled' AND due_at <= ?", "due_at", max));
        if (claimed.size() < max) {
            claimed.addAll(claimWhere("status = 'sending' AND lease_until < ?", "lease_until", max - claimed.size()));
        }
        return claimed;
    }

    private List<Post> claimWhere(String condition, String order, int max) {
        long now = clock.millis();
        return database.transaction(tx -> tx.query(
                "UPDATE posts SET status = 'sending', lease_owner = ?, lease_until = ?, attempts = attempts + 1"
                        + " WHERE id IN (SELECT id FROM posts WHERE " + condition + " ORDER BY " + order
                        + " LIMIT ?" + tx.dialect().skipLocked() + ") RETURNING *",
                PostStore::post, owner, now + lease.toMillis(), now, max));
    }

    /** Extends the lease of every post this process is publishing, so a slow network call is never taken over. */
    public int renewLeases() {
        long until = clock.millis() + lease.toMillis();
        return database.transaction(tx -> tx.update(
                "UPDATE posts SET lease_until = ? WHERE lease_owner = ? AND status = 'sending'", until, owner));
    }

    public Duration lease() {
        return lease;
    }

    public String owner() {
        return owner;
    }
}
