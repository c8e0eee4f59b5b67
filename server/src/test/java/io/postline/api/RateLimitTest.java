package io.postline.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.postline.Server;
import io.postline.ServerConfig;
import io.postline.support.GraphqlClient;
import io.postline.support.SettableClock;
import io.postline.support.TestServer;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitTest {
    private final SettableClock clock = new SettableClock(TestServer.START);
    private final List<Server> nodes = new ArrayList<>();
    private final String database;

    RateLimitTest() throws Exception {
        database = "sqlite:" + Files.createTempDirectory("postline-rate").resolve("postline.db");
    }

    @AfterEach
    void stop() {
        nodes.forEach(Server::close);
    }

    @Test
    void a_key_over_its_quota_gets_429_with_retry_after_until_the_window_moves_on() {
        Server node = node("3/1m");
        GraphqlClient client = client(node, key(node));

        List<String> remaining = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            GraphqlClient.Answer answer = client.send("{ account { id } }");
            assertThat(answer.status()).isEqualTo(200);
            remaining.add(answer.headers().get("ratelimit").get(0));
        }
        GraphqlClient.Answer refused = client.send("{ account { id } }");
        clock.advance(Duration.ofSeconds(61));
        GraphqlClient.Answer later = client.send("{ account { id } }");

        assertThat(remaining).containsExactly("\"3-in-1min\";r=2;t=60", "\"3-in-1min\";r=1;t=60", "\"3-in-1min\";r=0;t=60");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().get("retry-after")).containsExactly("60");
        assertThat(refused.firstErrorCode()).isEqualTo("RATE_LIMIT_EXCEEDED");
        assertThat(refused.json().path("errors").path(0).path("extensions").path("window").asText()).isEqualTo("1m");
        assertThat(refused.json().path("errors").path(0).path("extensions").path("retryAfter").asInt()).isEqualTo(60);
        assertThat(later.status()).isEqualTo(200);
    }

    @Test
    void every_answer_names_each_window_in_ratelimit_policy_headers() {
        Server node = node("100/15m,250/24h,3000/30d");

        GraphqlClient.Answer answer = client(node, key(node)).send("{ account { id } }");

        assertThat(answer.headers().get("ratelimit-policy")).hasSize(3);
        assertThat(answer.headers().get("ratelimit-policy").get(0)).startsWith("\"100-in-15min\";q=100;w=900;pk=:");
        assertThat(answer.headers().get("ratelimit-policy").get(1)).startsWith("\"250-in-1day\";q=250;w=86400;pk=:");
        assertThat(answer.headers().get("ratelimit-policy").get(2)).startsWith("\"3000-in-30days\";q=3000;w=2592000;pk=:");
        assertThat(answer.headers().get("ratelimit").get(0)).startsWith("\"100-in-15min\";r=99;");
    }

    @Test
    void nodes_on_one_database_share_a_keys_quota() {
        Server first = node("4/1m");
        Server second = node("4/1m");
        String key = key(first);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(client(i % 2 == 0 ? first : second, key).send("{ account { id } }").status());
        }

        assertThat(statuses).containsExactly(200, 200, 200, 200, 429, 429);
    }

    @Test
    void limits_can_be_turned_off() {
        Server node = node("off");
        GraphqlClient client = client(node, key(node));

        for (int i = 0; i < 20; i++) {
            assertThat(client.send("{ account { id } }").status()).isEqualTo(200);
        }
        assertThat(client.send("{ account { id } }").headers()).doesNotContainKey("ratelimit");
    }

    private Server node(String limits) {
        Server node = Server.start(new ServerConfig(database, "127.0.0.1", 0, "test-encryption-key-0123456789",
                new ServerConfig.Publishing(Duration.ofMillis(50), TestServer.LEASE, 2), false, limits), clock);
        nodes.add(node);
        return node;
    }

    private static String key(Server node) {
        return node.domain().accounts().create("limits-" + System.nanoTime() + "@example.com", "Limits", "Org")
                .key().secret();
    }

    private static GraphqlClient client(Server node, String key) {
        return new GraphqlClient(URI.create("http://127.0.0.1:" + node.port() + "/graphql"), key);
    }
}
