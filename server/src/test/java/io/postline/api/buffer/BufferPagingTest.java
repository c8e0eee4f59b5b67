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

class BufferPagingTest {
    private static final String POSTS = "query P($input: PostsInput!, $first: Int, $after: String) { posts(input: $input,"
            + " first: $first, after: $after) { edges { node { id dueAt } } pageInfo { hasNextPage endCursor } } }";

    private final TestServer server = new TestServer();
    private final TestServer.Tenant tenant = server.tenant("paging@example.com");
    private final GraphqlClient buffer = new GraphqlClient(server.bufferUri(), tenant.key());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void pages_in_ascending_and_descending_order_return_every_post_once_in_order() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            // three posts share each due time, so the id decides between them
            created.add(tenant.api().ok("mutation M($input: PostCreateInput!) { createPost(input: $input) { id } }",
                    Map.of("input", Map.of("organizationId", tenant.organizationId(), "channelIds",
                            List.of(tenant.channel(Service.TWITTER)), "text", "p" + i,
                            "scheduledAt", "2026-04-0" + (1 + i / 3) + "T10:00:00Z"))).path("createPost").path("id").asText());
        }

        List<JsonNode> ascending = all("asc");
        List<JsonNode> descending = all("desc");

        assertThat(ascending).extracting(n -> n.path("id").asText()).containsExactlyInAnyOrderElementsOf(created)
                .doesNotHaveDuplicates();
        assertThat(ascending).extracting(n -> n.path("dueAt").asText()).isSorted();
        assertThat(descending).extracting(n -> n.path("id").asText()).containsExactlyInAnyOrderElementsOf(created)
                .doesNotHaveDuplicates();
        assertThat(descending).extracting(n -> n.path("dueAt").asText())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    private List<JsonNode> all(String direction) {
        List<JsonNode> nodes = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 20; page++) {
            Map<String, Object> variables = new HashMap<>(Map.of("first", 2, "input", Map.of("organizationId",
                    tenant.organizationId(), "sort", List.of(Map.of("field", "dueAt", "direction", direction)))));
            if (after != null) {
                variables.put("after", after);
            }
            JsonNode posts = buffer.ok(POSTS, variables).path("posts");
            posts.path("edges").forEach(e -> nodes.add(e.path("node")));
            if (!posts.path("pageInfo").path("hasNextPage").asBoolean()) {
                break;
            }
            after = posts.path("pageInfo").path("endCursor").asText();
        }
        return nodes;
    }
}
