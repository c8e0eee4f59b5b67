package io.postline.api.buffer;

import static org.assertj.core.api.Assertions.assertThat;

import io.postline.channel.Service;
import io.postline.support.GraphqlClient;
import io.postline.support.TestServer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The requests real Buffer clients send (buffer-api.md §11.1 T1-T15 and the official CLI's documents of the
 * appendices), each sent as-is with the tenant's ids: each runs without an error. The negative cases real
 * clients send are refused as invalid documents (HTTP 400), as Buffer refuses them.
 */
class BufferClientRequestsTest {
    /** Fixtures whose answer carries a refusal on purpose, and the words it must contain. */
    private static final Map<String, String> EXPECTED_REFUSALS = Map.of(
            "t15-docs-get-tags", "Cursor",
            "appendix-b-cli-create-post-template", "templates",
            "appendix-b-cli-update-post-template", "templates",
            "appendix-b-cli-delete-post-template", "templates");
    private static final Set<String> INVALID_DOCUMENT = Set.of("GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT");

    private static TestServer server;
    private static TestServer.Tenant tenant;
    private static GraphqlClient buffer;

    @BeforeAll
    static void start() {
        server = new TestServer();
        tenant = server.tenant("clients@example.com");
        buffer = new GraphqlClient(server.bufferUri(), tenant.key());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> every_real_client_request_runs_without_an_error() {
        return BufferFixtures.names("requests").stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            GraphqlClient.Answer answer = BufferFixtures.send(buffer, tenant, "requests", name, aPost());

            assertThat(answer.status()).as("valid in the Buffer dialect: " + answer.body()).isEqualTo(200);
            String refusal = EXPECTED_REFUSALS.get(name);
            if (refusal == null) {
                assertThat(answer.hasErrors()).as(answer.body()).isFalse();
                assertThat(answer.body()).as("a typed error").doesNotContain("\"message\"");
            } else {
                assertThat(answer.body()).contains(refusal);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_negative_case_real_clients_send_is_refused_as_an_invalid_document() {
        return BufferFixtures.names("refused").stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            GraphqlClient.Answer answer = BufferFixtures.send(buffer, tenant, "refused", name, aPost());

            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.firstErrorCode()).as(answer.body()).isIn(INVALID_DOCUMENT);
            assertThat(answer.json().path("data").isMissingNode() || answer.json().path("data").isNull()).isTrue();
        }));
    }

    private static String aPost() {
        return buffer.ok("""
                mutation($input: CreatePostInput!) { createPost(input: $input) {
                  ... on PostActionSuccess { post { id } } ... on MutationError { message } } }""",
                Map.of("input", Map.of("channelId", tenant.channel(Service.TWITTER), "schedulingType", "automatic",
                        "mode", "customScheduled", "dueAt", "2026-04-10T10:00:00Z", "text", "A fixture's post",
                        "tagIds", List.of()))).path("createPost").path("post").path("id").asText();
    }
}
