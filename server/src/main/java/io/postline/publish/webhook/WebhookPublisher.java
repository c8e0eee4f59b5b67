package io.postline.publish.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postline.post.PostContent;
import io.postline.publish.PublishOutcome;
import io.postline.publish.PublishProgress;
import io.postline.publish.PublishRequest;
import io.postline.publish.Publisher;
import io.postline.publish.RetryAfter;
import io.postline.publish.SentPart;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Posts each part as JSON to the channel's URL (credential {@code url}), with an {@code Idempotency-Key} that is
 * the same on every replay, so a receiver can drop repeats. A receiver that answers JSON with {@code id} and
 * {@code url} has those saved as the remote id and link.
 */
public final class WebhookPublisher implements Publisher {
    public static final String KIND = "webhook";
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;
    private final ObjectMapper json = io.postline.db.Json.MAPPER;

    public WebhookPublisher(HttpClient http, Duration timeout, Clock clock) {
        this.http = http;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public PublishOutcome publish(PublishRequest request, PublishProgress progress) {
        String url = request.credentials().get("url");
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return new PublishOutcome.Rejected("This webhook channel has no http(s) URL to post to.");
        }
        List<PostContent.Part> parts = request.content().parts();
        List<SentPart> sent = new java.util.ArrayList<>(request.alreadySent());
        for (int index = sent.size(); index < parts.size(); index++) {
            SentPart previous = sent.isEmpty() ? null : sent.get(sent.size() - 1);
            Attempt attempt = send(URI.create(url), request, index, parts.get(index), previous);
            if (attempt.outcome() != null) {
                return attempt.outcome();
            }
            progress.partSent(attempt.part());
            sent.add(attempt.part());
        }
        return new PublishOutcome.Published(sent.get(0).remoteId(), sent.get(0).url());
    }

    private Attempt send(URI url, PublishRequest request, int index, PostContent.Part part, SentPart replyTo) {
        String key = index == 0 ? request.postId() : request.postId() + "-" + index;
        HttpRequest http;
        try {
            http = HttpRequest.newBuilder(url)
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body(request, index, part, replyTo))))
                    .build();
        } catch (IOException e) {
            return Attempt.failed(new PublishOutcome.Rejected("The post could not be written as JSON."));
        }
        try {
            return answer(key, this.http.send(http, HttpResponse.BodyHandlers.ofString()), index);
        } catch (HttpConnectTimeoutException | ConnectException e) {
            return Attempt.failed(new PublishOutcome.RetryLater("The webhook did not accept a connection."));
        } catch (HttpTimeoutException e) {
            return Attempt.failed(new PublishOutcome.Unconfirmed("The webhook did not answer within "
                    + timeout.toSeconds() + " s after receiving the post."));
        } catch (IOException e) {
            return Attempt.failed(new PublishOutcome.RetryLater("Network error talking to the webhook: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Attempt.failed(new PublishOutcome.Unconfirmed("Publishing was interrupted while waiting for the webhook."));
        }
    }

    private Attempt answer(String key, HttpResponse<String> response, int index) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            JsonNode body = parse(response.body());
            String id = body.path("id").asText(key);
            String url = body.hasNonNull("url") ? body.get("url").asText() : null;
            return Attempt.sent(new SentPart(index, id, url, null));
        }
        Optional<Duration> retryAfter = response.headers().firstValue("Retry-After")
                .flatMap(value -> RetryAfter.until(value, clock)).map(until -> RetryAfter.from(until, clock));
        if (status == 429 || status >= 500) {
            return Attempt.failed(new PublishOutcome.RetryLater("The webhook answered HTTP " + status + ".", retryAfter));
        }
        return Attempt.failed(new PublishOutcome.Rejected("The webhook refused the post with HTTP " + status + ": "
                + response.body().substring(0, Math.min(200, response.body().length()))));
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static Map<String, Object> body(PublishRequest request, int index, PostContent.Part part, SentPart replyTo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("postId", request.postId());
        body.put("channelId", request.channelId());
        body.put("service", request.service().apiName());
        body.put("part", index);
        body.put("text", part.text());
        body.put("media", part.media());
        body.put("inReplyTo", replyTo == null ? null : replyTo.remoteId());
        body.put("dueAt", request.dueAt() == null ? null : request.dueAt().toString());
        return body;
    }

    private record Attempt(SentPart part, PublishOutcome outcome) {
        static Attempt sent(SentPart part) {
            return new Attempt(part, null);
        }

        static Attempt failed(PublishOutcome outcome) {
            return new Attempt(null, outcome);
        }
    }
}
