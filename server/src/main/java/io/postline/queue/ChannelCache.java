package io.postline.queue;

import io.postline.channel.Channel;
import io.postline.channel.ChannelStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Channels and their decrypted credentials for a few seconds, so a burst of posts to one channel reads and
 * decrypts them once, not once per post. A disconnect takes effect within {@link #FRESH_FOR}.
 */
final class ChannelCache {
    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final ChannelStore channels;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    ChannelCache(ChannelStore channels, Clock clock) {
        this.channels = channels;
        this.clock = clock;
    }

    Optional<Entry> get(String organizationId, String channelId) {
        Instant now = clock.instant();
        Entry cached = entries.get(channelId);
        if (cached != null && cached.loadedAt().plus(FRESH_FOR).isAfter(now)
                && cached.channel().organizationId().equals(organizationId)) {
            return Optional.of(cached);
        }
        Optional<Entry> loaded = channels.find(List.of(organizationId), channelId).map(channel -> new Entry(channel,
                channel.isSandbox() ? Map.of() : channels.credentials(organizationId, channelId), now));
        loaded.ifPresentOrElse(entry -> entries.put(channelId, entry), () -> entries.remove(channelId));
        return loaded;
    }

    record Entry(Channel channel, Map<String, String> credentials, Instant loadedAt) {}
}
