package io.postline.queue;

import io.postline.db.Database;
import java.time.Clock;

/** How many posts are due and not yet published, for the queue-depth metric. */
public final class QueueDepth {
    private final Database database;
    private final Clock clock;

    public QueueDepth(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public long due() {
        return database.read(tx -> tx.queryOne(
                "SELECT COUNT(*) FROM posts WHERE (status = 'scheduled' AND due_at <= ?) OR status = 'sending'",
                row -> row.getLong(1), clock.millis()).orElse(0L));
    }
}
