package io.postline.publish.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.postline.channel.Service;
import io.postline.post.Media;
import io.postline.post.PostContent;
import io.postline.post.PostContent.Part;
import io.postline.publish.PublishOutcome;
import io.postline.publish.PublishOutcome.Published;
import io.postline.publish.PublishOutcome.Rejected;
import io.postline.publish.PublishProgress;
import io.postline.publish.PublishRequest;
import io.postline.publish.SentPart;
import io.postline.publish.media.LocalMediaServer;
import io.postline.publish.media.LoopbackOnly;
import io.postline.publish.media.MediaFetcher;
import io.postline.publish.media.TestImages;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Publishes to a real PDS on loopback and reads the records back from it. */
class BlueskyPublisherPdsTest {
    private static final Instant NOW = Instant.parse("2026-12-03T13:20:00Z");

    private TestPds pds;
    private TestPds.Account account;
    private LocalMediaServer media;
    private BlueskyPublisher publisher;
    private final List<SentPart> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        pds = TestPds.fromEnvironment();
        account = pds.newAccount();
        media = LocalMediaServer.start();
        var clock = Clock.fixed(NOW, ZoneId.of("Asia/Kolkata"));
        publisher = new BlueskyPublisher(LoopbackOnly.httpClient(),
                new MediaFetcher(LoopbackOnly.httpClient(), Duration.ofSeconds(5)), clock);
    }

    @AfterEach
    void stop() {
        if (media != null) {
            media.close();
        }
    }

    @Test
    void publishes_links_mentions_and_hashtags_as_facets_at_utf8_byte_offsets() {
        TestPds.Account friend = pds.newAccount();
        String link = "https://example.com/r/1?x=ü";
        String text = "Grüße ✨ @" + friend.handle() + " and @nobody-here.test, notes: " + link + ". #release";

        var outcome = publish(aRequest(new PostContent(text, Media.NONE)));

        JsonNode value = pds.record(uriOf(outcome)).path("value");
        assertThat(value.path("text").asText()).isEqualTo(text);
        assertThat(value.path("createdAt").asText()).isEqualTo("2026-12-03T13:20:00.000Z");
        assertThat(value.has("langs")).isFalse();
        assertThat(facets(value)).containsExactly(
                "@" + friend.handle() + " -> mention " + friend.did(),
                link + " -> link " + link,
                "#release -> tag release");
        JsonNode card = value.path("embed");
        assertThat(card.path("$type").asText()).isEqualTo("app.bsky.embed.external");
        assertThat(card.path("external").path("uri").asText()).isEqualTo(link);
    }

    @Test
    void publishes_two_images_with_their_alt_text_as_uploaded_blobs() {
        byte[] red = TestImages.png(40, 20, Color.RED);
        byte[] blue = TestImages.png(10, 10, Color.BLUE);
        var photos = new Media(List.of(
                new Media.Photo(media.file("/red.png", red, "image/png"), "a red banner"),
                new Media.Photo(media.file("/blue.png", blue, "image/png"), "a blue square")), null);

        var outcome = publish(aRequest(new PostContent("two pictures https://example.com", photos)));

        JsonNode embed = pds.record(uriOf(outcome)).path("value").path("embed");
        assertThat(embed.path("$type").asText()).isEqualTo("app.bsky.embed.images");
        JsonNode images = embed.path("images");
        assertThat(images).hasSize(2);
        assertThat(images.get(0).path("alt").asText()).isEqualTo("a red banner");
        assertThat(images.get(1).path("alt").asText()).isEqualTo("a blue square");
        assertThat(images.get(0).path("aspectRatio").path("width").asInt()).isEqualTo(40);
        assertThat(images.get(0).path("aspectRatio").path("height").asInt()).isEqualTo(20);
        assertThat(pds.blob(account.did(), blobCid(images.get(0)))).isEqualTo(red);
        assertThat(pds.blob(account.did(), blobCid(images.get(1)))).isEqualTo(blue);
    }

    @Test
    void publishes_a_thread_as_a_reply_chain_reporting_each_part_as_it_goes() {
        var outcome = publish(aRequest(aThread("first", "second", "third")));

        assertThat(progress).extracting(SentPart::index).containsExactly(0, 1, 2);
        assertThat(uriOf(outcome)).isEqualTo(progress.get(0).remoteId());
        assertReplyChain(progress);
        assertThat(pds.posts(account)).hasSize(3);
    }

    @Test
    void publishing_the_same_post_twice_leaves_one_record_and_answers_the_same_uri() {
        var request = aRequest(new PostContent("only once, please", Media.NONE));

        var first = publish(request);
        // The worker crashed after Bluesky answered and before the result was saved: the same request again.
        var second = publish(request);

        String uri = uriOf(first);
        assertThat(((Published) first).url()).isEqualTo(
                "https://bsky.app/profile/" + account.handle() + "/post/" + uri.substring(uri.lastIndexOf('/') + 1));
        assertThat(second).isEqualTo(first);
        assertThat(pds.posts(account)).hasSize(1);
    }

    @Test
    void resumes_a_thread_after_a_crash_sending_only_the_missing_parts() {
        var request = aRequest(aThread("one", "two", "three"));
        var saved = new ArrayList<SentPart>();
        PublishProgress crashAfterFirstPart = part -> {
            saved.add(part);
            throw new IllegalStateException("worker died");
        };
        assertThatThrownBy(() -> publisher.publish(request, crashAfterFirstPart)).hasMessage("worker died");

        var outcome = publish(new PublishRequest(request.postId(), request.channelId(), Service.BLUESKY,
                account.did(), request.dueAt(), request.content(), request.credentials(), saved, 2));

        assertThat(progress).extracting(SentPart::index).containsExactly(1, 2);
        assertThat(uriOf(outcome)).isEqualTo(saved.get(0).remoteId());
        var all = new ArrayList<>(saved);
        all.addAll(progress);
        assertReplyChain(all);
        assertThat(pds.posts(account)).hasSize(3);
    }

    @Test
    void rejects_a_wrong_app_password_with_the_networks_message() {
        var wrong = Map.of("serviceUrl", pds.url(), "handle", account.handle(), "appPassword", "aaaa-bbbb-cccc-dddd");

        var outcome = publisher.publish(aRequest(new PostContent("hello", Media.NONE), wrong), progress::add);

        assertThat(outcome).isInstanceOfSatisfying(Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("Invalid identifier or password"));
        assertThat(progress).isEmpty();
    }

    @Test
    void rejects_an_image_over_one_megabyte_naming_its_size() {
        String big = media.file("/huge.png", TestImages.noise(1_200_000), "image/png");
        var content = new PostContent("too big", new Media(List.of(new Media.Photo(big, "noise")), null));

        var outcome = publisher.publish(aRequest(content), progress::add);

        assertThat(outcome).isInstanceOfSatisfying(Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("1200000 bytes").contains("1000000"));
        assertThat(pds.posts(account)).isEmpty();
    }

    @Test
    void signs_in_once_for_several_posts_of_one_channel() {
        publish(aRequest(new PostContent("first post", Media.NONE)));
        publish(aRequest(new PostContent("second post", Media.NONE)));

        assertThat(publisher.sessions().logins()).isEqualTo(1);
        assertThat(pds.posts(account)).hasSize(2);
    }

    private PublishOutcome publish(PublishRequest request) {
        var outcome = publisher.publish(request, progress::add);
        assertThat(outcome).isInstanceOf(Published.class);
        return outcome;
    }

    private PublishRequest aRequest(PostContent content) {
        return aRequest(content, account.credentials(pds.url()));
    }

    private PublishRequest aRequest(PostContent content, Map<String, String> credentials) {
        return new PublishRequest("post-" + UUID.randomUUID(), "channel-" + account.handle(), Service.BLUESKY,
                account.did(), NOW.minusSeconds(5), content, credentials, List.of(), 1);
    }

    private static PostContent aThread(String... texts) {
        var replies = Arrays.stream(texts).skip(1).map(t -> new Part(t, Media.NONE)).toList();
        return new PostContent(texts[0], Media.NONE, replies);
    }

    private void assertReplyChain(List<SentPart> parts) {
        String root = parts.get(0).remoteId();
        assertThat(pds.record(root).path("value").has("reply")).isFalse();
        for (int i = 1; i < parts.size(); i++) {
            JsonNode reply = pds.record(parts.get(i).remoteId()).path("value").path("reply");
            assertThat(reply.path("root").path("uri").asText()).isEqualTo(root);
            assertThat(reply.path("root").path("cid").asText()).isEqualTo(parts.get(0).ref());
            assertThat(reply.path("parent").path("uri").asText()).isEqualTo(parts.get(i - 1).remoteId());
            assertThat(reply.path("parent").path("cid").asText()).isEqualTo(parts.get(i - 1).ref());
        }
    }

    /** Each facet as "the text its byte range covers -> feature", so wrong offsets show as wrong text. */
    private static List<String> facets(JsonNode value) {
        byte[] text = value.path("text").asText().getBytes(StandardCharsets.UTF_8);
        var described = new ArrayList<String>();
        for (JsonNode facet : value.path("facets")) {
            int start = facet.path("index").path("byteStart").asInt();
            int end = facet.path("index").path("byteEnd").asInt();
            JsonNode feature = facet.path("features").get(0);
            String type = feature.path("$type").asText().replace("app.bsky.richtext.facet#", "");
            String target = feature.path(switch (type) {
                case "link" -> "uri";
                case "mention" -> "did";
                default -> "tag";
            }).asText();
            described.add(new String(text, start, end - start, StandardCharsets.UTF_8) + " -> " + type + " " + target);
        }
        return described;
    }

    private static String uriOf(PublishOutcome outcome) {
        return ((Published) outcome).remoteId();
    }

    private static String blobCid(JsonNode image) {
        return image.path("image").path("ref").path("$link").asText();
    }
}
