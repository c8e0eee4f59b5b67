package io.postline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.postline.support.GraphqlClient;
import io.postline.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DialectDispatchTest {
    private static final String OPERATIONS = "{ __schema { queryType { fields { name } } mutationType { fields { name } } } }";

    private final TestServer server = new TestServer();
    private final TestServer.Tenant tenant = server.tenant("dispatch@example.com");
    private final GraphqlClient connector = tenant.api();
    private final GraphqlClient buffer = new GraphqlClient(server.bufferUri(), tenant.key());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void introspection_answers_the_connector_schema_on_the_root_path_and_the_buffer_schema_on_graphql() {
        assertThat(names(connector.ok(OPERATIONS), "mutationType")).contains("updatePost", "sharePostNow")
                .doesNotContain("editPost");
        assertThat(names(buffer.ok(OPERATIONS), "mutationType")).contains("editPost", "movePostInQueue", "createTag")
                .doesNotContain("updatePost");
    }

    @Test
    void a_buffer_document_runs_on_the_root_path_and_a_connector_document_on_graphql() {
        JsonNode onRoot = connector.ok("query($input: PostsInput!, $first: Int) { posts(input: $input, first: $first)"
                + " { pageInfo { hasPreviousPage } } }", Map.of("input", Map.of("organizationId", tenant.organizationId()),
                "first", 5));
        JsonNode onGraphql = buffer.ok("query($input: ChannelInput!) { channel(input: $input) { publisher } }",
                Map.of("input", Map.of("channelId", tenant.channels().values().iterator().next().id())));

        assertThat(onRoot.path("posts").path("pageInfo").path("hasPreviousPage").asBoolean()).isFalse();
        assertThat(onGraphql.path("channel").path("publisher").asText()).isEqualTo("sandbox");
    }

    @Test
    void variables_decide_between_dialects_whose_input_types_share_a_name() {
        String document = "query($input: PostsInput!) { posts(input: $input) { edges { node { id } } } }";

        GraphqlClient.Answer bufferShaped = connector.send(document, Map.of("input", Map.of(
                "organizationId", tenant.organizationId(), "filter", Map.of("status", List.of("needs_approval")))));
        GraphqlClient.Answer connectorShaped = buffer.send(document, Map.of("input", Map.of(
                "organizationId", tenant.organizationId(), "status", List.of("needsApproval"), "first", 5)));

        assertThat(bufferShaped.status()).isEqualTo(200);
        assertThat(bufferShaped.hasErrors()).isFalse();
        assertThat(connectorShaped.status()).isEqualTo(200);
        assertThat(connectorShaped.hasErrors()).isFalse();
    }

    @Test
    void a_document_invalid_in_both_gets_the_preferred_dialects_validation_errors() {
        GraphqlClient.Answer answer = buffer.send("{ account { nonsense } }");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.firstErrorCode()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(answer.firstErrorMessage()).contains("nonsense");
    }

    private static List<String> names(JsonNode data, String root) {
        List<String> names = new ArrayList<>();
        data.path("__schema").path(root).path("fields").forEach(f -> names.add(f.path("name").asText()));
        return names;
    }
}
