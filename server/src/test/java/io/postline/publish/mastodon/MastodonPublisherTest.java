package io.postline.publish.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.postline.channel.Service;
import io.postline.post.Media;
import io.postline.post.PostContent;
import io.postline.post.PostContent.Part;
import io.postline.publish.PublishOutcome.Published;
import io.postline.publish.PublishOutcome.Rejected;
import io.postline.publish.PublishOutcome.RetryLater;
import io.postline.publish.PublishOutcome.Unconfirmed;
import io.postline.publish.PublishRequest;
import io.postline.publish.SentPart;
import io.postline.publish.media.LocalMediaServer;
import io.postline.publish.media.LoopbackOnly;
import io.postline.publish.media.MediaFetcher;
import io.postline.publish.media.TestImages;
import java.awt.Color;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Against a stub that holds Mastodon's documented contract for statuses, media and rate limits. */
class MastodonPublisherTest {
    private static final Instant NOW = Instant.parse("2026-12-03T13:20:00Z");
    private static final String STATUSES = "/api/v1/statuses";
    private static final Duration POLL = Duration.ofSeconds(1);

    @RegisterExtension
    static WireMockExtension mastodon = WireMockExtension.newInstance()
            .options(options().bindAddress("127.0.0.1").dynamicPort()).build();

    private final LocalMediaServer mediaHost = LocalMediaServer.start();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final List<SentPart> progress = new CopyOnWriteArrayList<>();
    private final MastodonPublisher publisher = new MastodonPublisher(LoopbackOnly.httpClient(),
            new MediaFetcher(LoopbackOnly.httpClient(), Duration.ofSeconds(15)), Clock.fixed(NOW, ZoneOffset.UTC),
            new MastodonTiming(Duration.ofSeconds(3), POLL, Duration.ofSeconds(5), sleeps::add));

    @AfterEach
    void stop() {
        mediaHost.close();
    }

    @Test
    void publishes_a_status_and_answers_its_id_and_url() {
        mastodon.stubFor(post(STATUSES).withHeader("authorization", equalTo("Bearer token-1"))
                .willReturn(okJson(status("101"))));

        var outcome = publisher.publish(aRequest("post-1", "hello fediverse"), progress::add);

        assertThat(outcome).isEqualTo(new Published("101", "https://social.example/@alice/101"));
        assertThat(form(statusRequests().get(0))).containsEntry("status", List.of("hello fediverse"));
        assertThat(progress).containsExactly(new SentPart(0, "101", "https://social.example/@alice/101", null));
    }

    @Test
    void sends_the_same_idempotency_key_on_every_retry_of_a_post_and_another_for_another_post() {
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(500)));

        var first = publisher.publish(aRequest("post-1", "hello"), progress::add);
        var retry = publisher.publish(aRequest("post-1", "hello"), progress::add);
        publisher.publish(aRequest("post-2", "hello"), progress::add);

        assertThat(first).isInstanceOf(RetryLater.class);
        assertThat(retry).isInstanceOf(RetryLater.class);
        var keys = statusRequests().stream().map(r -> r.getHeader("Idempotency-Key")).toList();
        assertThat(keys).hasSize(3).doesNotContainNull();
        assertThat(keys.get(1)).isEqualTo(keys.get(0));
        assertThat(keys.get(2)).isNotEqualTo(keys.get(0));
    }

    @Test
    void waits_for_media_processing_before_posting_the_status_with_its_id() {
        String cat = mediaHost.file("/cat.png", TestImages.png(8, 8, Color.ORANGE), "image/png");
        mastodon.stubFor(post("/api/v2/media")
                .withMultipartRequestBody(aMultipart().withName("description").withBody(equalTo("a sleepy cat")))
                .withMultipartRequestBody(aMultipart().withName("file"))
                .willReturn(aResponse().withStatus(202).withHeader("content-type", "application/json")
                        .withBody("{\"id\":\"m1\",\"type\":\"image\",\"url\":null}")));
        mastodon.stubFor(get("/api/v1/media/m1").inScenario("processing").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(206).withBody("{\"id\":\"m1\",\"url\":null}"))
                .willSetStateTo("almost"));
        mastodon.stubFor(get("/api/v1/media/m1").inScenario("processing").whenScenarioStateIs("almost")
                .willReturn(okJson("{\"id\":\"m1\",\"url\":\"https://files.example/m1.png\"}"))
                .willSetStateTo("ready"));
        // Mastodon refuses to attach media that is still processing.
        mastodon.stubFor(post(STATUSES).atPriority(10).willReturn(aResponse().withStatus(422)
                .withBody("{\"error\":\"Cannot attach files that have not finished processing. Try again in a moment!\"}")));
        mastodon.stubFor(post(STATUSES).atPriority(1).inScenario("processing").whenScenarioStateIs("ready")
                .willReturn(okJson(status("102"))));
        var photo = new Media(List.of(new Media.Photo(cat, "a sleepy cat")), null);

        var outcome = publisher.publish(aRequest("post-1", new PostContent("my cat", photo)), progress::add);

        assertThat(outcome).isInstanceOf(Published.class);
        assertThat(sleeps).containsExactly(POLL, POLL);
        assertThat(form(statusRequests().get(0))).containsEntry("media_ids[]", List.of("m1"));
    }

    @Test
    void retries_later_when_media_is_still_processing_after_the_longest_wait() {
        String clip = mediaHost.file("/clip.mp4", TestImages.noise(2_000), "video/mp4");
        mastodon.stubFor(post("/api/v2/media").willReturn(aResponse().withStatus(202).withBody("{\"id\":\"v1\"}")));
        mastodon.stubFor(get("/api/v1/media/v1").willReturn(aResponse().withStatus(206)));
        var video = new Media(List.of(), new Media.Video(clip, null));

        var outcome = publisher.publish(aRequest("post-1", new PostContent("", video)), progress::add);

        assertThat(outcome).isInstanceOfSatisfying(RetryLater.class,
                retry -> assertThat(retry.reason()).contains("still processing"));
        assertThat(sleeps).hasSize(5);
        assertThat(statusRequests()).isEmpty();
    }

    @Test
    void retries_after_the_delay_mastodon_names_when_rate_limited() {
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "90")
                .withBody("{\"error\":\"Too many requests\"}")));

        var outcome = publisher.publish(aRequest("post-1", "hello"), progress::add);

        assertThat(outcome).isInstanceOfSatisfying(RetryLater.class,
                retry -> assertThat(retry.retryAfter()).isEqualTo(Optional.of(Duration.ofSeconds(90))));
    }

    @Test
    void retries_at_the_rate_limit_reset_when_there_is_no_retry_after() {
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(429)
                .withHeader("X-RateLimit-Reset", "2026-12-03T13:25:00.000Z")));

        var outcome = publisher.publish(aRequest("post-1", "hello"), progress::add);

        assertThat(outcome).isInstanceOfSatisfying(RetryLater.class,
                retry -> assertThat(retry.retryAfter()).isEqualTo(Optional.of(Duration.ofMinutes(5))));
    }

    @Test
    void retries_later_when_the_instance_fails_with_a_server_error() {
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")));

        assertThat(publisher.publish(aRequest("post-1", "hello"), progress::add)).isInstanceOf(RetryLater.class);
    }

    @Test
    void rejects_a_status_over_the_character_limit_with_mastodons_reason() {
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(422)
                .withBody("{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}")));

        var outcome = publisher.publish(aRequest("post-1", "x".repeat(501)), progress::add);

        assertThat(outcome).isInstanceOfSatisfying(Rejected.class, rejected -> assertThat(rejected.reason())
                .contains("Validation failed: Text character limit of 500 exceeded"));
    }

    @Test
    void is_unconfirmed_after_two_timeouts_having_sent_exactly_twice_with_one_key() {
        mastodon.stubFor(post(STATUSES).willReturn(okJson(status("103")).withFixedDelay(6_000)));

        var outcome = publisher.publish(aRequest("post-1", "slow instance"), progress::add);

        assertThat(outcome).isInstanceOf(Unconfirmed.class);
        var requests = statusRequests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).getHeader("Idempotency-Key")).isEqualTo(requests.get(0).getHeader("Idempotency-Key"));
        assertThat(progress).isEmpty();
    }

    @Test
    void resends_once_right_away_after_a_timeout_and_takes_that_answer() {
        mastodon.stubFor(post(STATUSES).inScenario("slow").whenScenarioStateIs(STARTED)
                .willReturn(okJson(status("104")).withFixedDelay(6_000)).willSetStateTo("fast"));
        mastodon.stubFor(post(STATUSES).inScenario("slow").whenScenarioStateIs("fast")
                .willReturn(okJson(status("104"))));

        var outcome = publisher.publish(aRequest("post-1", "hello"), progress::add);

        assertThat(outcome).isEqualTo(new Published("104", "https://social.example/@alice/104"));
        assertThat(statusRequests()).hasSize(2);
    }

    @Test
    void publishes_a_thread_as_replies_each_to_the_one_before() {
        stubStatusFor("first", "201");
        stubStatusFor("second", "202");
        stubStatusFor("third", "203");

        var outcome = publisher.publish(aRequest("post-1", aThread("first", "second", "third")), progress::add);

        assertThat(outcome).isEqualTo(new Published("201", "https://social.example/@alice/201"));
        assertThat(progress).extracting(SentPart::remoteId).containsExactly("201", "202", "203");
        var forms = statusRequests().stream().map(MastodonPublisherTest::form).toList();
        assertThat(forms.get(0)).doesNotContainKey("in_reply_to_id");
        assertThat(forms.get(1)).containsEntry("in_reply_to_id", List.of("201"));
        assertThat(forms.get(2)).containsEntry("in_reply_to_id", List.of("202"));
        assertThat(statusRequests()).extracting(r -> r.getHeader("Idempotency-Key")).doesNotHaveDuplicates();
    }

    @Test
    void resumes_a_thread_replying_to_the_last_part_already_sent() {
        stubStatusFor("second", "302");
        stubStatusFor("third", "303");
        var saved = List.of(new SentPart(0, "301", "https://social.example/@alice/301", null));
        var request = aRequest("post-1", aThread("first", "second", "third"));
        var resumed = new PublishRequest(request.postId(), request.channelId(), request.service(),
                request.serviceId(), request.dueAt(), request.content(), request.credentials(), saved, 2);

        var outcome = publisher.publish(resumed, progress::add);

        assertThat(outcome).isEqualTo(new Published("301", "https://social.example/@alice/301"));
        assertThat(progress).extracting(SentPart::index).containsExactly(1, 2);
        var forms = statusRequests().stream().map(MastodonPublisherTest::form).toList();
        assertThat(forms).extracting(f -> f.get("status")).containsExactly(List.of("second"), List.of("third"));
        assertThat(forms.get(0)).containsEntry("in_reply_to_id", List.of("301"));
    }

    @Test
    void rejects_a_revoked_access_token() {
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":\"The access token was revoked\"}")));

        var outcome = publisher.publish(aRequest("post-1", "hello"), progress::add);

        assertThat(outcome).isInstanceOfSatisfying(Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("The access token was revoked"));
    }

    private void stubStatusFor(String text, String id) {
        mastodon.stubFor(post(STATUSES).withRequestBody(containing("status=" + text))
                .willReturn(okJson(status(id))));
    }

    private static List<LoggedRequest> statusRequests() {
        return mastodon.findAll(postRequestedFor(urlEqualTo(STATUSES)));
    }

    private static Map<String, List<String>> form(LoggedRequest request) {
        var fields = new LinkedHashMap<String, List<String>>();
        for (String pair : request.getBodyAsString().split("&")) {
            String[] kv = pair.split("=", 2);
            fields.computeIfAbsent(decode(kv[0]), k -> new ArrayList<>()).add(kv.length > 1 ? decode(kv[1]) : "");
        }
        return fields;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String status(String id) {
        return "{\"id\":\"" + id + "\",\"uri\":\"https://social.example/users/alice/statuses/" + id + "\","
                + "\"url\":\"https://social.example/@alice/" + id + "\",\"content\":\"<p>hi</p>\"}";
    }

    private static PostContent aThread(String... texts) {
        var replies = Arrays.stream(texts).skip(1).map(t -> new Part(t, Media.NONE)).toList();
        return new PostContent(texts[0], Media.NONE, replies);
    }

    private static PublishRequest aRequest(String postId, String text) {
        return aRequest(postId, new PostContent(text, Media.NONE));
    }

    private static PublishRequest aRequest(String postId, PostContent content) {
        var credentials = Map.of("instanceUrl", "http://127.0.0.1:" + mastodon.getPort(), "accessToken", "token-1");
        return new PublishRequest(postId, "channel-1", Service.MASTODON, "109", NOW, content, credentials,
                List.of(), 1);
    }
}
