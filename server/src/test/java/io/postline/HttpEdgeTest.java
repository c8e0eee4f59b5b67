package io.postline;

import static org.assertj.core.api.Assertions.assertThat;

import io.postline.support.GraphqlClient;
import io.postline.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HttpEdgeTest {
    private static TestServer server;
    private static TestServer.Tenant tenant;

    @BeforeAll
    static void start() {
        server = new TestServer();
        tenant = server.tenant("edge@example.com");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_request_without_a_key_is_401_with_a_json_error_on_both_paths() {
        for (URI uri : new URI[] {server.connectorUri(), server.bufferUri()}) {
            GraphqlClient.Answer answer = new GraphqlClient(uri, null).send("{ account { id } }");
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.firstErrorCode()).isEqualTo("UNAUTHENTICATED");
        }
    }

    @Test
    void an_unknown_key_is_401() {
        GraphqlClient.Answer answer = new GraphqlClient(server.connectorUri(), "pl_not_a_key").send("{ account { id } }");

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void a_body_that_is_not_json_is_400_with_a_json_error() {
        GraphqlClient.Answer answer = tenant.api().raw("{\"query\": \"{ account { id }");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.firstErrorMessage()).contains("JSON");
    }

    @Test
    void a_body_over_one_mebibyte_is_413() {
        String big = "{\"query\": \"{ account { id } }\", \"variables\": {\"pad\": \"" + "x".repeat(1_100_000) + "\"}}";

        GraphqlClient.Answer answer = tenant.api().raw(big);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.hasErrors()).isTrue();
    }

    @Test
    void a_document_that_does_not_parse_is_400_and_names_the_problem() {
        GraphqlClient.Answer answer = tenant.api().send("query { account { ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.firstErrorCode()).isEqualTo("GRAPHQL_PARSE_FAILED");
    }

    @Test
    void an_unknown_field_is_400_and_the_message_names_it() {
        GraphqlClient.Answer answer = tenant.api().send("query { account { organizations { id nosuchfield } } }");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.firstErrorMessage()).contains("nosuchfield");
    }

    @Test
    void a_missing_required_variable_is_refused_without_a_server_error() {
        GraphqlClient.Answer answer = tenant.api().raw(
                "{\"query\": \"mutation M($input: PostCreateInput!) { createPost(input: $input) { id } }\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at io.");
    }

    @Test
    void health_reports_the_database() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.server.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"ok\"").contains("sqlite");
    }

    @Test
    void metrics_are_served_for_prometheus() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.server.port() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("postline_queue_due");
    }

    @Test
    void publishing_is_measured_by_network_and_outcome_with_its_lateness() throws Exception {
        tenant.api().ok("mutation M($input: PostCreateInput!) { createPost(input: $input) { id } }", java.util.Map.of(
                "input", java.util.Map.of("organizationId", tenant.organizationId(), "channelIds",
                        java.util.List.of(tenant.channel(io.postline.channel.Service.THREADS)), "text", "measured",
                        "scheduledAt", "2026-03-02T09:59:00Z")));
        server.runDueNow();

        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.server.port() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        assertThat(metrics).contains("postline_publish_outcomes_total{network=\"threads\",outcome=\"Published\"} 1.0");
        assertThat(metrics).contains("postline_publish_lateness_seconds_max{network=\"threads\"} 60.0");
    }
}
