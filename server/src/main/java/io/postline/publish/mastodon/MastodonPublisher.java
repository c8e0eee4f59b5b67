package io.postline.publish.mastodon;

import io.postline.post.Media;
import io.postline.post.PostContent.Part;
import io.postline.publish.PublishOutcome;
import io.postline.publish.PublishOutcome.Published;
import io.postline.publish.PublishOutcome.Rejected;
import io.postline.publish.PublishOutcome.RetryLater;
import io.postline.publish.PublishProgress;
import io.postline.publish.PublishRequest;
import io.postline.publish.Publisher;
import io.postline.publish.SentPart;
import io.postline.publish.media.MediaFetcher;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes statuses to a Mastodon instance. Credentials: {@code instanceUrl}, {@code accessToken} (scopes
 * {@code write:statuses write:media}). Statuses use the account's default visibility.
 */
public final class MastodonPublisher implements Publisher {
    /** Mastodon's default {@code max_media_attachments}. */
    static final int MAX_ATTACHMENTS = 4;

    private final HttpClient http;
    private final MastodonTiming timing;
    private final UploadMedia uploadMedia;
    private final PostStatus postStatus;

    public MastodonPublisher(HttpClient http, MediaFetcher mediaFetcher, Clock clock) {
        this(http, mediaFetcher, clock, MastodonTiming.DEFAULT);
    }

    public MastodonPublisher(HttpClient http, MediaFetcher mediaFetcher, Clock clock, MastodonTiming timing) {
        this.http = http;
        this.timing = timing;
        var failures = new Failures(clock);
        this.uploadMedia = new UploadMedia(mediaFetcher, failures, timing);
        this.postStatus = new PostStatus(failures);
    }

    @Override
    public PublishOutcome publish(PublishRequest request, PublishProgress progress) {
        String token = request.credentials().getOrDefault("accessToken", "");
        if (token.isBlank()) {
            return new Rejected("Mastodon channel has no access token");
        }
        MastodonHttp instance;
        try {
            instance = new MastodonHttp(http, request.credentials().get("instanceUrl"), token,
                    timing.requestTimeout());
        } catch (IllegalArgumentException e) {
            return new Rejected(e.getMessage());
        }
        List<Part> parts = request.content().parts();
        Optional<String> unsupported = unsupported(parts);
        if (unsupported.isPresent()) {
            return new Rejected(unsupported.get());
        }
        Map<Integer, SentPart> sent = new HashMap<>();
        request.alreadySent().forEach(part -> sent.put(part.index(), part));
        try {
            sendMissing(instance, request.postId(), parts, sent, progress);
        } catch (Halt halt) {
            return halt.outcome;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RetryLater("Mastodon publish interrupted");
        }
        SentPart first = sent.get(0);
        return new Published(first.remoteId(), first.url());
    }

    /** Parts go out in order, each replying to the one before; parts an earlier attempt sent are skipped. */
    private void sendMissing(MastodonHttp instance, String postId, List<Part> parts, Map<Integer, SentPart> sent,
            PublishProgress progress) throws Halt, InterruptedException {
        for (int i = 0; i < parts.size(); i++) {
            if (sent.containsKey(i)) {
                continue;
            }
            List<String> mediaIds = upload(instance, parts.get(i).media());
            String inReplyTo = i == 0 ? null : sent.get(i - 1).remoteId();
            SentPart part = postStatus.post(instance, i, parts.get(i).text(), mediaIds, inReplyTo,
                    PostStatus.idempotencyKey(postId, i));
            sent.put(i, part);
            progress.partSent(part);
        }
    }

    private List<String> upload(MastodonHttp instance, Media media) throws Halt, InterruptedException {
        var ids = new ArrayList<String>();
        for (Media.Photo photo : media.photos()) {
            ids.add(uploadMedia.upload(instance, photo.url(), photo.altText(), UploadMedia.MAX_IMAGE_BYTES));
        }
        if (media.video() != null) {
            ids.add(uploadMedia.upload(instance, media.video().url(), null, UploadMedia.MAX_VIDEO_BYTES));
        }
        return ids;
    }

    /** Checked before anything is sent, so a thread is not left half-published over a part that can't go. */
    private static Optional<String> unsupported(List<Part> parts) {
        for (int i = 0; i < parts.size(); i++) {
            Media media = parts.get(i).media();
            if (media.video() != null && !media.photos().isEmpty()) {
                return Optional.of("Mastodon can't attach a video and images to one status (part " + (i + 1) + ")");
            }
            if (media.photos().size() > MAX_ATTACHMENTS) {
                return Optional.of("Mastodon allows at most " + MAX_ATTACHMENTS + " images per status; part "
                        + (i + 1) + " has " + media.photos().size());
            }
            if (parts.get(i).text().isBlank() && media.isEmpty()) {
                return Optional.of("Mastodon status needs text or media (part " + (i + 1) + ")");
            }
        }
        return Optional.empty();
    }
}
