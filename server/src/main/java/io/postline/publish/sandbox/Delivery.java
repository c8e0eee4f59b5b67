package io.postline.publish.sandbox;

import java.time.Instant;

/** What a sandbox channel recorded instead of calling its network. */
public record Delivery(long id, String channelId, String postId, int partIndex, String service, String payload,
                       Instant deliveredAt) {}
