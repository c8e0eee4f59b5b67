package io.postline.publish.mastodon;

import io.postline.publish.PublishOutcome.Unconfirmed;
import io.postline.publish.SentPart;
import java.io.IOException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sends one status under an {@code Idempotency-Key}: for an hour the instance answers a repeat of the key
 * with the status it already made, instead of making another.
 */
final class PostStatus {
    private final Failures failures;

    PostStatus(Failures failures) {
        this.failures = failures;
    }

    /** Stable for every attempt at the same part of the same post, and different for any other. */
    static String idempotencyKey(String postId, int partIndex) {
        return "postline-" + postId + "-" + partIndex;
    }

    SentPart post(MastodonHttp instance, int index, String text, List<String> mediaIds, String inReplyToId,
            String key) throws Halt, InterruptedException {
        var fields = new ArrayList<Map.Entry<String, String>>();
        if (!text.isEmpty()) {
            fields.add(Map.entry("status", text));
        }
        mediaIds.forEach(id -> fields.add(Map.entry("media_ids[]", id)));
        if (inReplyToId != null) {
            fields.add(Map.entry("in_reply_to_id", inReplyToId));
        }
        MastodonResponse answer = send(instance, fields, key);
        if (!answer.ok()) {
            throw failures.halt("status", answer);
        }
        String id = answer.body().path("id").asText();
        String url = answer.body().path("url").asText(answer.body().path("uri").asText(null));
        return new SentPart(index, id, url, null);
    }

    /**
     * A timeout after the request went out leaves it open whether the status exists. The same key makes one
     * immediate resend safe while the instance still remembers it; if that times out too the instance is in
     * trouble, and a later blind resend could come after the key expired, so the answer is Unconfirmed.
     */
    private static MastodonResponse send(MastodonHttp instance, List<Map.Entry<String, String>> fields, String key)
            throws Halt, InterruptedException {
        Map<String, String> headers = Map.of("Idempotency-Key", key);
        try {
            return instance.postForm("api/v1/statuses", fields, headers);
        } catch (HttpConnectTimeoutException neverSent) {
            throw Halt.retryLater("Mastodon instance could not be reached: " + neverSent.getMessage());
        } catch (HttpTimeoutException firstTimeout) {
            try {
                return instance.postForm("api/v1/statuses", fields, headers);
            } catch (HttpTimeoutException secondTimeout) {
                throw new Halt(new Unconfirmed("Mastodon did not answer a status twice (Idempotency-Key " + key
                        + "); it may have been posted: check the account before posting again"));
            } catch (IOException e) {
                throw Halt.retryLater("Mastodon status request failed: " + e);
            }
        } catch (IOException e) {
            throw Halt.retryLater("Mastodon status request failed: " + e);
        }
    }
}
