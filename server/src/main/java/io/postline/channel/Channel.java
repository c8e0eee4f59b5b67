package io.postline.channel;

import io.postline.queue.PostingSchedule;
import io.postline.queue.QueueSlots;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * A connected social account.
 *
 * @param publisher which publisher sends its posts: {@code sandbox} records them, a network name sends them
 * @param settings  non-secret facts read from the network (e.g. Mastodon's character limit)
 */
public record Channel(
        String id,
        String organizationId,
        String name,
        Service service,
        String serviceId,
        String serviceType,
        ZoneId timezone,
        PostingSchedule postingSchedule,
        String publisher,
        Map<String, String> settings,
        Instant createdAt) {

    public static final String SANDBOX = "sandbox";
    /** The publisher of a channel whose credentials were removed. */
    public static final String DISCONNECTED = "disconnected";

    public Channel {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    public QueueSlots queueSlots() {
        return new QueueSlots(postingSchedule, timezone);
    }

    public boolean isSandbox() {
        return SANDBOX.equals(publisher);
    }
}
