package io.postline.account;

import io.postline.db.Database;
import io.postline.db.Tx;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts each API key's requests in the database, so every node of a cluster enforces the same quotas. A window
 * is counted in {@link #BUCKETS} buckets: a request counts until its bucket leaves the window. A request is
 * counted first and then compared, in one transaction, so concurrent requests on several nodes cannot all slip
 * under the limit; a refused request is not counted.
 */
public final class RequestQuotas {
    static final int BUCKETS = 15;

    private final Database database;
    private final Clock clock;
    private final RateLimits limits;

    public RequestQuotas(Database database, Clock clock, RateLimits limits) {
        this.database = database;
        this.clock = clock;
        this.limits = limits;
    }

    public RateLimits limits() {
        return limits;
    }

    /** Counts one request of the partition (an API key's hash) unless a quota is exhausted. */
    public Decision take(String partition) {
        if (limits.isOff()) {
            return new Decision(true, List.of());
        }
        long now = clock.millis();
        try {
            return database.transaction(tx -> {
                List<Window> windows = new ArrayList<>();
                for (RateLimits.Quota quota : limits.quotas()) {
                    windows.add(count(tx, partition, quota, now));
                }
                if (windows.stream().anyMatch(w -> w.used() > w.quota().limit())) {
                    throw new Exhausted(windows);
                }
                return new Decision(true, windows);
            });
        } catch (Exhausted e) {
            List<Window> uncounted = e.windows.stream()
                    .map(w -> new Window(w.quota(), w.used() - 1, w.resetSeconds())).toList();
            return new Decision(false, uncounted);
        }
    }

    private static Window count(Tx tx, String partition, RateLimits.Quota quota, long now) {
        long window = quota.window().toMillis();
        long bucket = Math.max(1000, window / BUCKETS);
        long start = now - now % bucket;
        long seconds = quota.window().toSeconds();
        tx.update("INSERT INTO request_counts (partition_key, window_seconds, bucket_start, requests) VALUES (?, ?, ?, 1)"
                        + " ON CONFLICT (partition_key, window_seconds, bucket_start)"
                        + " DO UPDATE SET requests = request_counts.requests + 1",
                partition, seconds, start);
        long oldest = now - window;
        tx.update("DELETE FROM request_counts WHERE partition_key = ? AND window_seconds = ? AND bucket_start <= ?",
                partition, seconds, oldest);
        long[] found = tx.queryOne("SELECT COALESCE(SUM(requests), 0), MIN(bucket_start) FROM request_counts"
                        + " WHERE partition_key = ? AND window_seconds = ?",
                row -> new long[] {row.getLong(1), row.getLong(2)}, partition, seconds).orElseThrow();
        long resetMillis = Math.max(1000, found[1] + window - now);
        return new Window(quota, (int) found[0], (resetMillis + 999) / 1000);
    }

    /** How much of one quota is used, and in how many seconds its oldest counted requests leave the window. */
    public record Window(RateLimits.Quota quota, int used, long resetSeconds) {
        public int remaining() {
            return Math.max(0, quota.limit() - used);
        }
    }

    /** Whether the request may run, and the state of every window for the answer's headers. */
    public record Decision(boolean allowed, List<Window> windows) {
        /** The window that refused the request, or null when it was allowed. */
        public Window exhausted() {
            return windows.stream().filter(w -> w.used() >= w.quota().limit()).findFirst().orElse(null);
        }
    }

    private static final class Exhausted extends RuntimeException {
        private final List<Window> windows;

        Exhausted(List<Window> windows) {
            super(null, null, false, false);
            this.windows = windows;
        }
    }
}
