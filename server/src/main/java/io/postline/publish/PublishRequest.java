package io.postline.publish;

import io.postline.channel.Service;
import io.postline.post.PostContent;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a publisher needs for one attempt, stored as data so a replay sends the same thing.
 *
 * @param postId       Postline's post id; publishers derive idempotency keys from it
 * @param dueAt        when the post was due (Bluesky derives its record key from post id and this)
 * @param credentials  the channel's decrypted credentials (never logged)
 * @param alreadySent  thread parts a previous attempt published, in order; resume after the last one
 */
public record PublishRequest(
        String postId,
        String channelId,
        Service service,
        String serviceId,
        Instant dueAt,
        PostContent content,
        Map<String, String> credentials,
        List<SentPart> alreadySent,
        int attempt) {

    public PublishRequest {
        credentials = credentials == null ? Map.of() : Map.copyOf(credentials);
        alreadySent = alreadySent == null ? List.of() : List.copyOf(alreadySent);
    }

    @Override
    public String toString() {
        return "PublishRequest[post=" + postId + ", channel=" + channelId + ", service=" + service
                + ", attempt=" + attempt + "]";
    }
}
