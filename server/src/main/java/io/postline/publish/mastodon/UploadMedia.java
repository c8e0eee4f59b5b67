package io.postline.publish.mastodon;

import io.postline.publish.media.FetchResult;
import io.postline.publish.media.MediaFetcher;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * Copies one media file to the instance and waits until it can be attached. Uploading again after a failure
 * is harmless: media no status uses is deleted by the instance.
 */
final class UploadMedia {
    /** Mastodon's default {@code image_size_limit} and {@code video_size_limit}. */
    static final long MAX_IMAGE_BYTES = 16_777_216;
    static final long MAX_VIDEO_BYTES = 103_809_024;

    private final MediaFetcher fetcher;
    private final Failures failures;
    private final MastodonTiming timing;

    UploadMedia(MediaFetcher fetcher, Failures failures, MastodonTiming timing) {
        this.fetcher = fetcher;
        this.failures = failures;
        this.timing = timing;
    }

    /** @return the media id to put in {@code media_ids[]} */
    String upload(MastodonHttp instance, String url, String description, long maxBytes)
            throws Halt, InterruptedException {
        FetchResult.Fetched file = fetch(url, maxBytes);
        var body = new Multipart().file("file", fileName(url), file.contentType(), file.bytes());
        if (description != null && !description.isBlank()) {
            body.field("description", description);
        }
        MastodonResponse answer = call(() -> instance.postMultipart("api/v2/media", body));
        if (!answer.ok()) {
            throw failures.halt("media " + url, answer);
        }
        String id = answer.body().path("id").asText();
        // 200: processed already (images). 202: still processing (video, gifv, audio); attaching it now
        // would get "Cannot attach files that have not finished processing".
        if (answer.status() == 202) {
            awaitProcessing(instance, id, url);
        }
        return id;
    }

    private void awaitProcessing(MastodonHttp instance, String id, String url) throws Halt, InterruptedException {
        Duration waited = Duration.ZERO;
        while (waited.compareTo(timing.mediaMaxWait()) < 0) {
            timing.sleeper().sleep(timing.mediaPollEvery());
            waited = waited.plus(timing.mediaPollEvery());
            MastodonResponse answer = call(() -> instance.get("api/v1/media/" + id));
            if (answer.status() == 200) {
                return;
            }
            if (answer.status() != 206) {
                throw failures.halt("media " + url, answer);
            }
        }
        throw Halt.retryLater("Mastodon was still processing media " + url + " after " + waited.toSeconds() + " s");
    }

    private FetchResult.Fetched fetch(String url, long maxBytes) throws Halt {
        FetchResult result = fetcher.fetch(url, maxBytes);
        if (result instanceof FetchResult.Refused refused) {
            throw Halt.rejected("Mastodon media: " + refused.reason());
        }
        if (result instanceof FetchResult.Unavailable unavailable) {
            throw Halt.retryLater("Mastodon media: " + unavailable.reason());
        }
        return (FetchResult.Fetched) result;
    }

    /** The instance sniffs the real type from the bytes; the name only needs to look like a file. */
    private static String fileName(String url) {
        String path = URI.create(url).getPath();
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() ? "media" : last;
    }

    private interface Call {
        MastodonResponse send() throws IOException, InterruptedException;
    }

    private static MastodonResponse call(Call call) throws Halt, InterruptedException {
        try {
            return call.send();
        } catch (IOException e) {
            throw Halt.retryLater("Mastodon media upload failed: " + e);
        }
    }
}
