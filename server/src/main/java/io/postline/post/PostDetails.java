package io.postline.post;

import java.util.List;
import java.util.Map;

/**
 * What a post carries beside its publishable content: how it was scheduled, and options for its network that
 * publishers may use (first comment, link attachment, board, video title...). Posts made without details
 * answer {@link #inferred(Post)}.
 *
 * @param reminder       true when a person publishes it after a reminder instead of Postline
 * @param networkOptions the options for the channel's network, by Buffer's field names (thread parts excluded:
 *                       those are {@link PostContent#thread()})
 * @param mediaOptions   per media URL: thumbnailUrl, userTags, title, thumbnailOffset
 * @param documents      documents attached (LinkedIn carousels); photos and video are in the content
 */
public record PostDetails(
        ShareMode shareMode,
        boolean reminder,
        Map<String, Object> networkOptions,
        Map<String, Map<String, Object>> mediaOptions,
        List<Document> documents,
        String ideaId,
        String source,
        boolean aiAssisted) {

    public PostDetails {
        shareMode = shareMode == null ? ShareMode.ADD_TO_QUEUE : shareMode;
        networkOptions = networkOptions == null ? Map.of() : networkOptions;
        mediaOptions = mediaOptions == null ? Map.of() : mediaOptions;
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** The details of a post made without any: queue-placed posts were added to the queue, others had a time. */
    public static PostDetails inferred(Post post) {
        ShareMode mode = post.queued() || post.scheduledAt() == null ? ShareMode.ADD_TO_QUEUE : ShareMode.CUSTOM_SCHEDULED;
        return new PostDetails(mode, false, Map.of(), Map.of(), List.of(), null, null, false);
    }

    public PostDetails withShareMode(ShareMode mode) {
        return new PostDetails(mode, reminder, networkOptions, mediaOptions, documents, ideaId, source, aiAssisted);
    }

    /** A document attachment. */
    public record Document(String url, String title, String thumbnailUrl) {}
}
