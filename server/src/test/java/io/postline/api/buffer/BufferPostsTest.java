package io.postline.api.buffer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.postline.channel.Service;
import io.postline.support.GraphqlClient;
import io.postline.support.TestServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BufferPostsTest {
    private static final String CREATE = """
            mutation($input: CreatePostInput!) { createPost(input: $input) { __typename
              ... on PostActionSuccess { post { id status dueAt text shareMode isCustomScheduled schedulingType
                tags { name } metadata { __typename ... on ThreadedPostMetadata { threadCount thread { text } }
                  ... on PinterestPostMetadata { board { name } } } } }
              ... on MutationError { message } } }""";
    private static final String EDIT = """
            mutation($input: EditPostInput!) { editPost(input: $input) { __typename
              ... on PostActionSuccess { post { id status dueAt text schedulingType tags { name } assets { source } } }
              ... on MutationError { message } } }""";
    private static final String POSTS = """
            query($input: PostsInput!) { posts(input: $input, first: 100) { edges { node { id text dueAt createdAt } } } }""";

    private final TestServer server = new TestServer();
    private final TestServer.Tenant tenant = server.tenant("posts@example.com");
    private final GraphqlClient buffer = new GraphqlClient(server.bufferUri(), tenant.key());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void edit_post_keeps_every_field_it_does_not_name() {
        String tag = createTag("launch");
        JsonNode post = create(input(Service.TWITTER, "customScheduled", "Before", "dueAt", "2026-03-10T08:00:00Z",
                "schedulingType", "notification", "tagIds", List.of(tag),
                "assets", List.of(Map.of("image", Map.of("url", "https://img.example.org/a.png")))));

        JsonNode edited = edit(Map.of("id", post.path("id").asText(), "text", "After"));

        assertThat(edited.path("text").asText()).isEqualTo("After");
        assertThat(edited.path("dueAt").asText()).isEqualTo("2026-03-10T08:00:00.000Z");
        assertThat(edited.path("schedulingType").asText()).isEqualTo("notification");
        assertThat(edited.path("tags").path(0).path("name").asText()).isEqualTo("launch");
        assertThat(edited.path("assets").path(0).path("source").asText()).isEqualTo("https://img.example.org/a.png");
    }

    @Test
    void approval_change_request_then_revert_moves_a_draft_into_approval_and_back() {
        JsonNode draft = create(input(Service.LINKEDIN, "addToQueue", "Needs a look", "saveToDraft", true));

        JsonNode requested = edit(Map.of("id", draft.path("id").asText(), "approvalChange", "request"));
        JsonNode reverted = edit(Map.of("id", draft.path("id").asText(), "approvalChange", "revert"));

        assertThat(draft.path("status").asText()).isEqualTo("draft");
        assertThat(draft.path("dueAt").isNull()).isTrue();
        assertThat(requested.path("status").asText()).isEqualTo("needs_approval");
        assertThat(reverted.path("status").asText()).isEqualTo("draft");
    }

    @Test
    void a_thread_in_metadata_becomes_the_posts_reply_parts() {
        Map<String, Object> input = input(Service.BLUESKY, "addToQueue", "One");
        input.put("metadata", Map.of("bluesky", Map.of("thread", List.of(Map.of("text", "One"), Map.of("text", "Two"),
                Map.of("text", "Three")))));

        JsonNode post = create(input);
        JsonNode connector = tenant.api().ok("query($input: PostIdInput!) { post(input: $input) { text thread { text } } }",
                Map.of("input", Map.of("postId", post.path("id").asText()))).path("post");

        assertThat(post.path("metadata").path("threadCount").asInt()).isEqualTo(3);
        assertThat(connector.path("text").asText()).isEqualTo("One");
        assertThat(connector.path("thread").findValuesAsText("text")).containsExactly("Two", "Three");
    }

    @Test
    void networks_refuse_posts_without_the_fields_they_need_and_nothing_is_stored() {
        Map<String, Object> pin = input(Service.PINTEREST, "addToQueue", "Pin");
        pin.put("assets", List.of(Map.of("image", Map.of("url", "https://img.example.org/p.png"))));
        Map<String, Object> video = input(Service.YOUTUBE, "addToQueue", "Video");
        video.put("assets", List.of(Map.of("video", Map.of("url", "https://img.example.org/v.mp4"))));
        video.put("metadata", Map.of("youtube", Map.of("title", "No category")));
        Map<String, Object> offer = input(Service.GOOGLEBUSINESS, "addToQueue", "Offer");
        offer.put("metadata", Map.of("google", Map.of("type", "offer")));
        Map<String, Object> linkAndImage = input(Service.FACEBOOK, "addToQueue", "Both");
        linkAndImage.put("assets", pin.get("assets"));
        linkAndImage.put("metadata", Map.of("facebook", Map.of("type", "post",
                "linkAttachment", Map.of("url", "https://example.org"))));

        List<String> messages = new ArrayList<>();
        for (Map<String, Object> refused : List.of(pin, video, offer, linkAndImage)) {
            JsonNode payload = buffer.ok(CREATE, Map.of("input", refused)).path("createPost");
            assertThat(payload.path("__typename").asText()).isEqualTo("InvalidInputError");
            messages.add(payload.path("message").asText());
        }

        assertThat(messages.get(0)).contains("boardServiceId");
        assertThat(messages.get(1)).contains("categoryId");
        assertThat(messages.get(2)).contains("detailsOffer");
        assertThat(messages.get(3)).contains("link attachment");
        assertThat(allPosts(Map.of())).isEmpty();
    }

    @Test
    void a_pin_names_a_board_of_its_channel() {
        Map<String, Object> pin = input(Service.PINTEREST, "addToQueue", "Pin");
        pin.put("assets", List.of(Map.of("image", Map.of("url", "https://img.example.org/p.png"))));
        pin.put("metadata", Map.of("pinterest", Map.of("boardServiceId", "sandbox-board")));

        assertThat(create(pin).path("metadata").path("board").path("name").asText()).isEqualTo("Sandbox board");
    }

    @Test
    void posts_filter_by_tag_and_sort_by_several_keys() {
        String tag = createTag("blue");
        create(input(Service.TWITTER, "customScheduled", "late", "dueAt", "2026-03-20T10:00:00Z", "tagIds", List.of(tag)));
        create(input(Service.TWITTER, "customScheduled", "early", "dueAt", "2026-03-10T10:00:00Z", "tagIds", List.of(tag)));
        create(input(Service.TWITTER, "customScheduled", "untagged", "dueAt", "2026-03-15T10:00:00Z"));

        List<String> tagged = texts(allPosts(Map.of("filter", Map.of("tags", Map.of("in", List.of(tag))),
                "sort", List.of(Map.of("field", "dueAt", "direction", "desc")))));
        List<String> untagged = texts(allPosts(Map.of("filter", Map.of("tags", Map.of("in", List.of(), "isEmpty", true)))));

        assertThat(tagged).containsExactly("late", "early");
        assertThat(untagged).containsExactly("untagged");
    }

    @Test
    void move_post_in_queue_top_puts_a_queued_post_first() {
        for (int i = 0; i < 3; i++) {
            create(input(Service.MASTODON, "addToQueue", "queued " + i));
        }
        JsonNode last = create(input(Service.MASTODON, "addToQueue", "move me"));

        JsonNode moved = buffer.ok("""
                mutation($input: MovePostInQueueInput!) { movePostInQueue(input: $input) {
                  ... on PostActionSuccess { post { dueAt } } ... on VoidMutationError { message } } }""",
                Map.of("input", Map.of("id", last.path("id").asText(), "position", "top"))).path("movePostInQueue");

        List<String> dues = allPosts(Map.of("filter", Map.of("channelIds", List.of(tenant.channel(Service.MASTODON)))))
                .stream().map(p -> p.path("dueAt").asText()).sorted().toList();
        assertThat(moved.path("post").path("dueAt").asText()).isEqualTo(dues.get(0));
        assertThat(dues).doesNotHaveDuplicates();
    }

    @Test
    void a_tag_name_used_twice_is_a_duplicate_error() {
        createTag("twice");

        JsonNode payload = buffer.ok("""
                mutation($input: CreateTagInput!) { createTag(input: $input) { __typename ... on MutationError { message } } }""",
                Map.of("input", Map.of("organizationId", tenant.organizationId(),
                        "tag", Map.of("name", "twice", "color", "#2C4BFF")))).path("createTag");

        assertThat(payload.path("__typename").asText()).isEqualTo("DuplicateError");
    }

    private Map<String, Object> input(Service service, String mode, String text, Object... more) {
        Map<String, Object> input = new HashMap<>(Map.of("channelId", tenant.channel(service),
                "schedulingType", "automatic", "mode", mode, "text", text));
        for (int i = 0; i < more.length; i += 2) {
            input.put((String) more[i], more[i + 1]);
        }
        return input;
    }

    private JsonNode create(Map<String, Object> input) {
        JsonNode payload = buffer.ok(CREATE, Map.of("input", input)).path("createPost");
        assertThat(payload.path("__typename").asText()).as(payload.toString()).isEqualTo("PostActionSuccess");
        return payload.path("post");
    }

    private JsonNode edit(Map<String, Object> input) {
        JsonNode payload = buffer.ok(EDIT, Map.of("input", input)).path("editPost");
        assertThat(payload.path("__typename").asText()).as(payload.toString()).isEqualTo("PostActionSuccess");
        return payload.path("post");
    }

    private String createTag(String name) {
        return buffer.ok("""
                mutation($input: CreateTagInput!) { createTag(input: $input) { ... on TagActionSuccess { tag { id } } } }""",
                Map.of("input", Map.of("organizationId", tenant.organizationId(),
                        "tag", Map.of("name", name, "color", "#2C4BFF")))).path("createTag").path("tag").path("id").asText();
    }

    private List<JsonNode> allPosts(Map<String, Object> query) {
        Map<String, Object> input = new HashMap<>(query);
        input.put("organizationId", tenant.organizationId());
        List<JsonNode> posts = new ArrayList<>();
        buffer.ok(POSTS, Map.of("input", input)).path("posts").path("edges").forEach(e -> posts.add(e.path("node")));
        return posts;
    }

    private static List<String> texts(List<JsonNode> posts) {
        return posts.stream().map(p -> p.path("text").asText()).toList();
    }
}
