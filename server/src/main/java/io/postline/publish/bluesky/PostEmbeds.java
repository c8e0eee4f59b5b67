package io.postline.publish.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postline.post.Media;
import io.postline.post.PostContent.Part;
import io.postline.publish.media.FetchResult;
import io.postline.publish.media.MediaFetcher;
import java.io.IOException;
import java.util.List;

/** What a post shows under its text: its images, or else a card for its first link. */
final class PostEmbeds {
    /** Bluesky's cap per image blob in an images embed. */
    static final long MAX_IMAGE_BYTES = 1_000_000;
    static final int MAX_IMAGES = 4;

    private final MediaFetcher fetcher;
    private final Failures failures;

    PostEmbeds(MediaFetcher fetcher, Failures failures) {
        this.fetcher = fetcher;
        this.failures = failures;
    }

    /** The embed JSON for one part, or null when it has neither images nor links. */
    JsonNode forPart(Part part, List<RichText.Span> spans, SignedInPds pds) throws Halt, InterruptedException {
        if (!part.media().photos().isEmpty()) {
            return images(part.media().photos(), pds);
        }
        return spans.stream().filter(s -> s.kind() == RichText.Kind.LINK).findFirst()
                .map(link -> linkCard(link.value()))
                .orElse(null);
    }

    /**
     * The card's title is the URL itself: fetching the page for its title would make the publisher reach
     * arbitrary hosts at publish time, and the URL is an honest title.
     */
    private static JsonNode linkCard(String url) {
        ObjectNode embed = Xrpc.JSON.createObjectNode().put("$type", "app.bsky.embed.external");
        embed.putObject("external").put("uri", url).put("title", url).put("description", "");
        return embed;
    }

    private JsonNode images(List<Media.Photo> photos, SignedInPds pds) throws Halt, InterruptedException {
        ObjectNode embed = Xrpc.JSON.createObjectNode().put("$type", "app.bsky.embed.images");
        ArrayNode images = embed.putArray("images");
        for (int i = 0; i < photos.size(); i++) {
            String which = "image " + (i + 1) + " of " + photos.size();
            FetchResult.Fetched image = fetch(photos.get(i), which);
            ObjectNode item = images.addObject();
            item.set("image", upload(image, which, pds));
            item.put("alt", photos.get(i).altText() == null ? "" : photos.get(i).altText());
            ImageSize.of(image.bytes()).ifPresent(size ->
                    item.putObject("aspectRatio").put("width", size.width()).put("height", size.height()));
        }
        return embed;
    }

    private FetchResult.Fetched fetch(Media.Photo photo, String which) throws Halt {
        FetchResult result = fetcher.fetch(photo.url(), MAX_IMAGE_BYTES);
        if (result instanceof FetchResult.Refused refused) {
            throw Halt.rejected("Bluesky " + which + ": " + refused.reason());
        }
        if (result instanceof FetchResult.Unavailable unavailable) {
            throw Halt.retryLater("Bluesky " + which + ": " + unavailable.reason());
        }
        var fetched = (FetchResult.Fetched) result;
        if (!fetched.contentType().startsWith("image/")) {
            throw Halt.rejected("Bluesky " + which + ": " + photo.url() + " is " + fetched.contentType()
                    + ", not an image");
        }
        return fetched;
    }

    /** Uploaded right before the create, because a PDS deletes blobs that no record references within minutes. */
    private JsonNode upload(FetchResult.Fetched image, String which, SignedInPds pds) throws Halt, InterruptedException {
        XrpcResponse answer;
        try {
            answer = pds.call((xrpc, token) ->
                    xrpc.upload("com.atproto.repo.uploadBlob", image.bytes(), image.contentType(), token));
        } catch (IOException e) {
            throw Halt.retryLater("Bluesky upload of " + which + " failed: " + e);
        }
        if (!answer.ok()) {
            throw failures.halt("upload of " + which, answer);
        }
        return answer.body().path("blob");
    }
}
