package io.postline.post;

import java.time.Instant;
import java.util.List;

/**
 * A request to create posts.
 *
 * @param scheduledAt null puts a scheduled post in the queue (at its end, or on top with shareNext)
 * @param details     how it was scheduled and its network options, or null for none
 * @param tagIds      tags of the organization to put on every post made
 */
public record NewPost(
        String organizationId,
        List<String> channelIds,
        PostContent content,
        Instant scheduledAt,
        PostStatus status,
        boolean shareNext,
        PostDetails details,
        List<String> tagIds) {

    public NewPost {
        channelIds = channelIds == null ? List.of() : channelIds.stream().distinct().toList();
        status = status == null ? PostStatus.SCHEDULED : status;
        tagIds = tagIds == null ? List.of() : tagIds.stream().distinct().toList();
    }

    public NewPost(String organizationId, List<String> channelIds, PostContent content, Instant scheduledAt,
                   PostStatus status, boolean shareNext) {
        this(organizationId, channelIds, content, scheduledAt, status, shareNext, null, List.of());
    }

    boolean sharesNow() {
        return details != null && details.shareMode() == ShareMode.SHARE_NOW;
    }
}
