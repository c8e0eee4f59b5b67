package io.postline.post;

import java.time.Instant;
import java.util.List;

/**
 * A request to create posts.
 *
 * @param scheduledAt null puts a scheduled post in the queue (at its end, or on top with shareNext)
 */
public record NewPost(
        String organizationId,
        List<String> channelIds,
        PostContent content,
        Instant scheduledAt,
        PostStatus status,
        boolean shareNext) {

    public NewPost {
        channelIds = channelIds == null ? List.of() : channelIds.stream().distinct().toList();
        status = status == null ? PostStatus.SCHEDULED : status;
    }
}
