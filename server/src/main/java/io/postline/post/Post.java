package io.postline.post;

import io.postline.publish.SentPart;
import java.time.Instant;
import java.util.List;

/**
 * One post to one channel.
 *
 * @param queued    placed by the queue (moves when a post is put on top); false for a time the caller chose
 * @param sentParts thread parts the network accepted so far
 */
public record Post(
        String id,
        String organizationId,
        String channelId,
        String groupId,
        PostStatus status,
        PostContent content,
        Instant scheduledAt,
        boolean queued,
        String error,
        String remoteId,
        String externalUrl,
        Instant createdAt,
        Instant updatedAt,
        Instant sentAt,
        int attempts,
        List<SentPart> sentParts) {

    public Post {
        sentParts = sentParts == null ? List.of() : List.copyOf(sentParts);
    }

    public String text() {
        return content.text();
    }

    public Media media() {
        return content.media();
    }
}
