package io.postline.multinode;

import static org.assertj.core.api.Assertions.assertThat;

import io.postline.Server;
import io.postline.ServerConfig;
import io.postline.support.FreshPostgres;
import io.postline.support.GraphqlClient;
import io.postline.support.SettableClock;
import io.postline.support.TestServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A key's request quota holds across every node of a cluster, because the counts live in the database. */
class SharedRateLimitTest {
    private static final int LIMIT = 20;

    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();

    private final SettableClock clock = new SettableClock(TestServer.START);
    private final List<Server> nodes = new ArrayList<>();
    private final ExecutorService clients = Executors.newFixedThreadPool(12);

    @AfterEach
    void stop() {
        clients.shutdownNow();
        nodes.forEach(Server::close);
    }

    @Test
    void a_keys_limit_holds_across_three_nodes_even_when_they_are_asked_at_once() throws Exception {
        String database = postgres.database();
        for (int i = 0; i < 3; i++) {
            nodes.add(Server.start(new ServerConfig(database, "127.0.0.1", 0, "test-encryption-key-0123456789",
                    new ServerConfig.Publishing(Duration.ofSeconds(1), TestServer.LEASE, 2), false,
                    LIMIT + "/1d"), clock));
        }
        String key = nodes.get(0).domain().accounts().create("limited@example.com", "Limited", "Org").key().secret();

        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            GraphqlClient api = new GraphqlClient(URI.create("http://127.0.0.1:" + nodes.get(i % 3).port() + "/"), key);
            answers.add(clients.submit((Callable<Integer>) () -> api.send("{ account { id } }").status()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(LIMIT);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(60 - LIMIT);
    }
}
