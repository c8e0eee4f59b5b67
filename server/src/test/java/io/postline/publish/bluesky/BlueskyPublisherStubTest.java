package io.postline.publish.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.postline.channel.Service;
import io.postline.post.Media;
import io.postline.post.PostContent;
import io.postline.publish.PublishOutcome.Published;
import io.postline.publish.PublishOutcome.RetryLater;
import io.postline.publish.PublishProgress;
import io.postline.publish.PublishRequest;
import io.postline.publish.media.LoopbackOnly;
import io.postline.publish.media.MediaFetcher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Answers the local PDS can't be made to give on demand (expired tokens, rate limits, outages), from a stub
 * that speaks the PDS's documented error shapes.
 */
class BlueskyPublisherStubTest {
    private static final Instant NOW = Instant.parse("2026-12-03T13:20:00Z");
    private static final String CREATE = "/xrpc/com.atproto.repo.createRecord";
    private static final String RECORD_NOT_FOUND =
            "{\"error\":\"RecordNotFound\",\"message\":\"Could not locate record\"}";

    @RegisterExtension
    static WireMockExtension pds = WireMockExtension.newInstance()
            .options(options().bindAddress("127.0.0.1").dynamicPort()).build();

    private final BlueskyPublisher publisher = new BlueskyPublisher(LoopbackOnly.httpClient(),
            new MediaFetcher(LoopbackOnly.httpClient(), Duration.ofSeconds(15)),
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(4));

    @Test
    void refreshes_an_expired_access_token_instead_of_signing_in_again() {
        signInGives("access-1", "refresh-1");
        pds.stubFor(post(CREATE).withHeader("authorization", equalTo("Bearer access-1"))
                .willReturn(aResponse().withStatus(400)
                        .withBody("{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}")));
        pds.stubFor(post("/xrpc/com.atproto.server.refreshSession")
                .withHeader("authorization", equalTo("Bearer refresh-1"))
                .willReturn(okJson(session("access-2", "refresh-2"))));
        pds.stubFor(post(CREATE).withHeader("authorization", equalTo("Bearer access-2"))
                .willReturn(okJson(created("3n3reixcc222b"))));

        var outcome = publisher.publish(aRequest("hello"), PublishProgress.IGNORE);

        assertThat(outcome).isInstanceOf(Published.class);
        assertThat(publisher.sessions().logins()).isEqualTo(1);
        pds.verify(1, postRequestedFor(urlEqualTo("/xrpc/com.atproto.server.refreshSession")));
    }

    @Test
    void signs_in_again_when_the_refresh_token_is_no_good_either() {
        pds.stubFor(post("/xrpc/com.atproto.server.createSession").inScenario("login")
                .willReturn(okJson(session("access-1", "refresh-1"))).willSetStateTo("second"));
        pds.stubFor(post("/xrpc/com.atproto.server.createSession").inScenario("login").whenScenarioStateIs("second")
                .willReturn(okJson(session("access-2", "refresh-2"))));
        pds.stubFor(post(CREATE).withHeader("authorization", equalTo("Bearer access-1"))
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"ExpiredToken\"}")));
        pds.stubFor(post("/xrpc/com.atproto.server.refreshSession")
                .willReturn(aResponse().withStatus(400)
                        .withBody("{\"error\":\"ExpiredToken\",\"message\":\"Token has been revoked\"}")));
        pds.stubFor(post(CREATE).withHeader("authorization", equalTo("Bearer access-2"))
                .willReturn(okJson(created("3n3reixcc222b"))));

        var outcome = publisher.publish(aRequest("hello"), PublishProgress.IGNORE);

        assertThat(outcome).isInstanceOf(Published.class);
        assertThat(publisher.sessions().logins()).isEqualTo(2);
    }

    @Test
    void retries_after_the_rate_limit_reset_when_the_pds_answers_429() {
        signInGives("access-1", "refresh-1");
        long reset = NOW.plusSeconds(120).getEpochSecond();
        pds.stubFor(post(CREATE).willReturn(aResponse().withStatus(429)
                .withHeader("ratelimit-reset", String.valueOf(reset))
                .withBody("{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}")));
        recordIsMissing();

        var outcome = publisher.publish(aRequest("hello"), PublishProgress.IGNORE);

        assertThat(outcome).isInstanceOfSatisfying(RetryLater.class,
                retry -> assertThat(retry.retryAfter()).contains(Duration.ofSeconds(120)));
    }

    @Test
    void retries_later_when_a_create_fails_with_a_server_error_and_the_record_is_not_there() {
        signInGives("access-1", "refresh-1");
        pds.stubFor(post(CREATE).willReturn(aResponse().withStatus(503).withHeader("retry-after", "30")));
        recordIsMissing();

        var outcome = publisher.publish(aRequest("hello"), PublishProgress.IGNORE);

        assertThat(outcome).isInstanceOfSatisfying(RetryLater.class,
                retry -> assertThat(retry.retryAfter()).isEqualTo(Optional.of(Duration.ofSeconds(30))));
    }

    @Test
    void counts_a_timed_out_create_as_published_when_the_record_turns_out_to_be_there() {
        signInGives("access-1", "refresh-1");
        pds.stubFor(post(CREATE).willReturn(okJson(created("x")).withFixedDelay(10_000)));
        String rkey = Tid.forPart("post-1", 0, NOW);
        pds.stubFor(get(urlPathEqualTo("/xrpc/com.atproto.repo.getRecord")).willReturn(okJson(
                "{\"uri\":\"at://did:plc:abc/app.bsky.feed.post/" + rkey + "\",\"cid\":\"bafyexisting\","
                        + "\"value\":{\"text\":\"hello\"}}")));

        var outcome = publisher.publish(aRequest("hello"), PublishProgress.IGNORE);

        assertThat(outcome).isEqualTo(new Published("at://did:plc:abc/app.bsky.feed.post/" + rkey,
                "https://bsky.app/profile/alice.test/post/" + rkey));
    }

    @Test
    void retries_later_when_neither_the_create_nor_the_check_gets_an_answer() {
        signInGives("access-1", "refresh-1");
        pds.stubFor(post(CREATE).willReturn(aResponse().withStatus(502).withBody("<html>bad gateway</html>")));
        pds.stubFor(get(urlPathEqualTo("/xrpc/com.atproto.repo.getRecord")).willReturn(aResponse().withStatus(502)));

        var outcome = publisher.publish(aRequest("hello"), PublishProgress.IGNORE);

        assertThat(outcome).isInstanceOf(RetryLater.class);
    }

    private void signInGives(String access, String refresh) {
        pds.stubFor(post("/xrpc/com.atproto.server.createSession").willReturn(okJson(session(access, refresh))));
    }

    private void recordIsMissing() {
        pds.stubFor(get(urlPathEqualTo("/xrpc/com.atproto.repo.getRecord"))
                .willReturn(aResponse().withStatus(400).withBody(RECORD_NOT_FOUND)));
    }

    private static String session(String access, String refresh) {
        return "{\"did\":\"did:plc:abc\",\"handle\":\"alice.test\",\"accessJwt\":\"" + access
                + "\",\"refreshJwt\":\"" + refresh + "\"}";
    }

    private static String created(String rkey) {
        return "{\"uri\":\"at://did:plc:abc/app.bsky.feed.post/" + rkey + "\",\"cid\":\"bafynew\"}";
    }

    private static PublishRequest aRequest(String text) {
        var credentials = Map.of("serviceUrl", "http://127.0.0.1:" + pds.getPort(), "handle", "alice.test",
                "appPassword", "app-pass");
        return new PublishRequest("post-1", "channel-1", Service.BLUESKY, "did:plc:abc", NOW,
                new PostContent(text, Media.NONE), credentials, List.of(), 1);
    }
}
