package io.postline.publish.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.postline.channel.Service;
import io.postline.post.Media;
import io.postline.post.PostContent;
import io.postline.publish.PublishOutcome;
import io.postline.publish.PublishRequest;
import io.postline.publish.SentPart;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookPublisherTest {
    private HttpServer receiver;
    private final List<String> keys = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "{\"id\":\"remote-7\",\"url\":\"https://hooks.example/7\"}";
    private volatile long delayMillis;
    private final WebhookPublisher publisher = new WebhookPublisher(HttpClient.newHttpClient(), Duration.ofSeconds(3),
            java.time.Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), java.time.ZoneOffset.UTC));

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            sleep(delayMillis);
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            if (status == 503) {
                exchange.getResponseHeaders().add("Retry-After", "120");
            }
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void a_post_is_sent_as_json_with_its_post_id_as_idempotency_key_and_the_answer_is_saved() {
        PublishOutcome outcome = publisher.publish(request(List.of(), new PostContent.Part("reply", null)),
                progress -> { });

        assertThat(outcome).isEqualTo(new PublishOutcome.Published("remote-7", "https://hooks.example/7"));
        assertThat(keys).containsExactly("post-1", "post-1-1");
        assertThat(bodies.get(0)).contains("\"text\":\"hello\"").contains("\"service\":\"mastodon\"");
        assertThat(bodies.get(1)).contains("\"inReplyTo\":\"remote-7\"");
    }

    @Test
    void a_thread_resumes_after_the_parts_already_sent() {
        List<SentPart> recorded = new ArrayList<>();
        publisher.publish(request(List.of(new SentPart(0, "remote-0", null, null)), new PostContent.Part("reply", null)),
                recorded::add);

        assertThat(keys).containsExactly("post-1-1");
        assertThat(bodies.get(0)).contains("\"inReplyTo\":\"remote-0\"");
        assertThat(recorded).extracting(SentPart::index).containsExactly(1);
    }

    @Test
    void a_503_is_retried_later_no_sooner_than_retry_after() {
        status = 503;

        PublishOutcome outcome = publisher.publish(request(List.of()), progress -> { });

        assertThat(outcome).isInstanceOf(PublishOutcome.RetryLater.class);
        assertThat(((PublishOutcome.RetryLater) outcome).retryAfter()).contains(Duration.ofSeconds(120));
    }

    @Test
    void a_400_is_a_rejection_that_quotes_the_receiver() {
        status = 400;
        answer = "text too long";

        PublishOutcome outcome = publisher.publish(request(List.of()), progress -> { });

        assertThat(outcome).isInstanceOf(PublishOutcome.Rejected.class);
        assertThat(((PublishOutcome.Rejected) outcome).reason()).contains("400").contains("text too long");
    }

    @Test
    void no_answer_after_the_post_was_received_is_unconfirmed_not_a_blind_retry() {
        delayMillis = 4_500;

        PublishOutcome outcome = publisher.publish(request(List.of()), progress -> { });

        assertThat(outcome).isInstanceOf(PublishOutcome.Unconfirmed.class);
        assertThat(keys).hasSize(1);
    }

    @Test
    void a_refused_connection_is_retried_later() {
        receiver.stop(0);

        PublishOutcome outcome = publisher.publish(request(List.of()), progress -> { });

        assertThat(outcome).isInstanceOf(PublishOutcome.RetryLater.class);
    }

    private PublishRequest request(List<SentPart> alreadySent, PostContent.Part... thread) {
        return new PublishRequest("post-1", "channel-1", Service.MASTODON, "acct", Instant.parse("2026-03-02T10:00:00Z"),
                new PostContent("hello", Media.NONE, List.of(thread)),
                Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"), alreadySent, 1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
