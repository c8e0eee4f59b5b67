package io.postline.publish.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.postline.post.Post;
import io.postline.publish.PublishProgress;
import io.postline.publish.PublishRequest;
import io.postline.publish.media.LocalMediaServer;
import io.postline.publish.media.LoopbackOnly;
import io.postline.publish.media.MediaFetcher;
import io.postline.queue.ClaimDuePosts;
import io.postline.support.TestServer;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole way: a Bluesky channel connected through the API, posts scheduled through the API, published by
 * the loop to a real local PDS, and read back from the PDS.
 */
class BlueskyThroughApiTest {
    private static final String CREATE = "mutation M($input: PostCreateInput!) { createPost(input: $input) { id } }";
    private static final String DUE = "2026-03-02T09:59:30Z";

    private TestPds pds;
    private TestServer server;
    private TestServer.Tenant tenant;
    private LocalMediaServer media;
    private TestPds.Account account;
    private String channelId;

    @BeforeEach
    void start() {
        pds = TestPds.fromEnvironment();
        server = new TestServer();
        tenant = server.tenant("bluesky-" + System.nanoTime() + "@example.com");
        media = LocalMediaServer.start();
        account = pds.newAccount();
        JsonNode channel = tenant.api().ok("mutation C($input: ConnectChannelInput!) { connectChannel(input: $input) "
                + "{ id service serviceId name publisher } }", Map.of("input", Map.of("organizationId",
                tenant.organizationId(), "service", "bluesky", "timezone", "Europe/Berlin", "credentials", List.of(
                        Map.of("key", "serviceUrl", "value", pds.url()), Map.of("key", "handle", "value", account.handle()),
                        Map.of("key", "appPassword", "value", account.appPassword()))))).path("connectChannel");
        assertThat(channel.path("serviceId").asText()).isEqualTo(account.did());
        assertThat(channel.path("publisher").asText()).isEqualTo("bluesky");
        channelId = channel.path("id").asText();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (media != null) {
            media.close();
        }
    }

    @Test
    void posts_scheduled_through_the_api_reach_the_pds_exactly_once_with_facets_images_and_reply_chains() {
        TestPds.Account friend = pds.newAccount();
        String link = "https://example.com/launch?x=ü";
        String linked = "Grüße ✨ read " + link + " with @" + friend.handle();
        String red = media.file("/red.png", io.postline.publish.media.TestImages.png(40, 30, Color.RED), "image/png");
        String blue = media.file("/blue.png", io.postline.publish.media.TestImages.png(30, 40, Color.BLUE), "image/png");
        schedule(Map.of("text", linked));
        schedule(Map.of("text", "two pictures", "media", Map.of("photos", List.of(
                Map.of("url", red, "altText", "a red square"), Map.of("url", blue, "altText", "a blue square")))));
        schedule(Map.of("text", "thread 1/3", "thread", List.of(Map.of("text", "thread 2/3"), Map.of("text", "thread 3/3"))));
        for (int i = 0; i < 5; i++) {
            schedule(Map.of("text", "same second " + i));
        }

        publishEverything();

        List<JsonNode> records = pds.posts(account);
        Map<String, JsonNode> byText = records.stream().collect(Collectors.toMap(r -> r.path("value").path("text").asText(),
                Function.identity()));
        assertThat(records).as("every post and thread part exactly once").hasSize(10);
        assertThat(byText).hasSize(10);

        JsonNode facets = byText.get(linked).path("value").path("facets");
        List<String> features = new ArrayList<>();
        byte[] utf8 = linked.getBytes(StandardCharsets.UTF_8);
        facets.forEach(f -> {
            int start = f.path("index").path("byteStart").asInt();
            int end = f.path("index").path("byteEnd").asInt();
            String covered = new String(Arrays.copyOfRange(utf8, start, end), StandardCharsets.UTF_8);
            JsonNode feature = f.path("features").path(0);
            features.add(feature.path("$type").asText() + " " + covered + " " + feature.path("uri").asText()
                    + feature.path("did").asText());
        });
        assertThat(features).containsExactlyInAnyOrder(
                "app.bsky.richtext.facet#link " + link + " " + link,
                "app.bsky.richtext.facet#mention @" + friend.handle() + " " + friend.did());

        JsonNode images = byText.get("two pictures").path("value").path("embed").path("images");
        assertThat(images).hasSize(2);
        assertThat(images.get(0).path("alt").asText()).isEqualTo("a red square");
        assertThat(images.get(1).path("alt").asText()).isEqualTo("a blue square");
        String blobCid = images.get(0).path("image").path("ref").path("$link").asText();
        assertThat(pds.blob(account.did(), blobCid)).isNotEmpty();

        JsonNode first = byText.get("thread 1/3");
        JsonNode second = byText.get("thread 2/3");
        JsonNode third = byText.get("thread 3/3");
        assertThat(second.path("value").path("reply").path("root").path("uri").asText()).isEqualTo(first.path("uri").asText());
        assertThat(second.path("value").path("reply").path("parent").path("uri").asText()).isEqualTo(first.path("uri").asText());
        assertThat(third.path("value").path("reply").path("root").path("uri").asText()).isEqualTo(first.path("uri").asText());
        assertThat(third.path("value").path("reply").path("parent").path("uri").asText()).isEqualTo(second.path("uri").asText());

        List<JsonNode> listed = listPosts();
        assertThat(listed).extracting(p -> p.path("status").asText()).containsOnly("sent");
        assertThat(listed).extracting(p -> p.path("externalUrl").asText())
                .allMatch(url -> url.startsWith("https://bsky.app/profile/" + account.handle() + "/post/"));
    }

    @Test
    void a_server_that_died_between_the_networks_answer_and_saving_it_does_not_post_twice() {
        String id = schedule(Map.of("text", "answered, then the server died"));
        ClaimDuePosts deadNode = new ClaimDuePosts(server.server.database(), server.clock, "dead-node", TestServer.LEASE);
        Post claimed = deadNode.claim(10).get(0);
        var http = LoopbackOnly.httpClient();
        new BlueskyPublisher(http, new MediaFetcher(http, Duration.ofSeconds(10)), server.clock).publish(
                new PublishRequest(claimed.id(), channelId, io.postline.channel.Service.BLUESKY, account.did(),
                        claimed.scheduledAt(), claimed.content(),
                        server.server.domain().channels().credentials(tenant.organizationId(), channelId),
                        List.of(), claimed.attempts()), PublishProgress.IGNORE);

        server.clock.advance(TestServer.LEASE.plusSeconds(1));
        publishEverything();

        assertThat(pds.posts(account)).extracting(r -> r.path("value").path("text").asText())
                .containsExactly("answered, then the server died");
        assertThat(listPosts()).extracting(p -> p.path("id").asText() + " " + p.path("status").asText())
                .containsExactly(id + " sent");
    }

    private String schedule(Map<String, Object> fields) {
        Map<String, Object> input = new java.util.HashMap<>(fields);
        input.put("organizationId", tenant.organizationId());
        input.put("channelIds", List.of(channelId));
        input.put("scheduledAt", DUE);
        return tenant.api().ok(CREATE, Map.of("input", input)).path("createPost").path("id").asText();
    }

    /** Runs the loop until nothing is due, moving the clock past the short waits of busy lanes. */
    private void publishEverything() {
        for (int pass = 0; pass < 60 && !allSent(); pass++) {
            server.runDueNow();
            server.clock.advance(Duration.ofSeconds(1));
        }
    }

    private boolean allSent() {
        return listPosts().stream().allMatch(p -> p.path("status").asText().equals("sent"));
    }

    private List<JsonNode> listPosts() {
        JsonNode page = tenant.api().ok("query P($input: PostsInput!) { posts(input: $input) { edges { node "
                + "{ id status externalUrl error } } } }", Map.of("input", Map.of("organizationId", tenant.organizationId(),
                "first", 100)));
        List<JsonNode> posts = new ArrayList<>();
        page.path("posts").path("edges").forEach(e -> posts.add(e.path("node")));
        return posts;
    }
}
