package io.postline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.postline.channel.Service;
import io.postline.support.GraphqlClient;
import io.postline.support.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CrossDialectTest {
    private final TestServer server = new TestServer();
    private final TestServer.Tenant tenant = server.tenant("cross@example.com");
    private final GraphqlClient connector = tenant.api();
    private final GraphqlClient buffer = new GraphqlClient(server.bufferUri(), tenant.key());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_post_created_in_the_buffer_dialect_reads_the_same_in_the_connector_dialect() {
        JsonNode created = buffer.ok("""
                mutation($input: CreatePostInput!) { createPost(input: $input) {
                  ... on PostActionSuccess { post { id status dueAt text } } ... on MutationError { message } } }""",
                Map.of("input", Map.of("channelId", tenant.channel(Service.TWITTER), "schedulingType", "automatic",
                        "mode", "customScheduled", "dueAt", "2026-03-05T09:30:00+01:00", "text", "From Buffer",
                        "needsApproval", true))).path("createPost").path("post");

        JsonNode read = connector.ok("query($input: PostIdInput!) { post(input: $input) { id status scheduledAt text channelId } }",
                Map.of("input", Map.of("postId", created.path("id").asText()))).path("post");

        assertThat(created.path("status").asText()).isEqualTo("needs_approval");
        assertThat(read.path("id").asText()).isEqualTo(created.path("id").asText());
        assertThat(read.path("status").asText()).isEqualTo("needsApproval");
        assertThat(read.path("scheduledAt").asText()).isEqualTo("2026-03-05T08:30:00.000Z").isEqualTo(created.path("dueAt").asText());
        assertThat(read.path("text").asText()).isEqualTo("From Buffer");
    }

    @Test
    void a_post_created_in_the_connector_dialect_reads_the_same_in_the_buffer_dialect() {
        JsonNode created = connector.ok("""
                mutation($input: PostCreateInput!) { createPost(input: $input) { id status scheduledAt } }""",
                Map.of("input", Map.of("organizationId", tenant.organizationId(),
                        "channelIds", List.of(tenant.channel(Service.MASTODON)), "text", "From the connector",
                        "scheduledAt", "2026-03-04T12:00:00Z"))).path("createPost");

        JsonNode read = buffer.ok("""
                query($input: PostInput!) { post(input: $input) { id status dueAt text channelId channelService
                  shareMode isCustomScheduled schedulingType } }""",
                Map.of("input", Map.of("id", created.path("id").asText()))).path("post");

        assertThat(read.path("id").asText()).isEqualTo(created.path("id").asText());
        assertThat(read.path("status").asText()).isEqualTo("scheduled");
        assertThat(read.path("dueAt").asText()).isEqualTo("2026-03-04T12:00:00.000Z");
        assertThat(read.path("channelService").asText()).isEqualTo("mastodon");
        assertThat(read.path("shareMode").asText()).isEqualTo("customScheduled");
        assertThat(read.path("isCustomScheduled").asBoolean()).isTrue();
        assertThat(read.path("schedulingType").asText()).isEqualTo("automatic");
    }

    @Test
    void the_connector_listing_still_answers_on_the_root_path() {
        connector.ok("query($input: PostsInput!) { posts(input: $input) { edges { node { id status channel { id } } } pageInfo { hasNextPage } } }",
                Map.of("input", Map.of("organizationId", tenant.organizationId(), "status", List.of("draft"), "first", 3)));
    }
}
