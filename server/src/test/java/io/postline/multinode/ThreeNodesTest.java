package io.postline.multinode;

import static org.assertj.core.api.Assertions.assertThat;

import io.postline.Ids;
import io.postline.account.AccountStore;
import io.postline.channel.Channel;
import io.postline.channel.ChannelStore;
import io.postline.channel.CredentialCipher;
import io.postline.channel.Service;
import io.postline.db.Database;
import io.postline.db.Tx;
import io.postline.support.GraphqlClient;
import io.postline.support.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Three real server processes on one PostgreSQL database publish 20,000 posts while one of them is killed with
 * SIGKILL mid-publish: every post must still be delivered exactly once and end sent.
 */
@Timeout(value = 170)
class ThreeNodesTest {
    private static final int POSTS = 20_000;
    private static final int THROUGH_THE_API = 150;
    private static final int LEASE_SECONDS = 5;
    private static final String KEY = "multinode-encryption-key-0123456789";
    private static final String CREATE = "mutation M($input: PostCreateInput!) { createPost(input: $input) { id } }";
    private static final List<Service> SERVICES = List.of(Service.TWITTER, Service.MASTODON, Service.BLUESKY,
            Service.THREADS, Service.LINKEDIN);

    private final List<NodeProcess> nodes = new ArrayList<>();
    private String location;
    private Database database;

    @AfterEach
    void stop() throws InterruptedException {
        for (NodeProcess node : nodes) {
            node.close();
        }
        if (database != null) {
            database.close();
        }
        if (location != null) {
            TestPostgres.drop(location);
        }
    }

    @Test
    void three_nodes_publish_every_post_exactly_once_though_one_is_killed_mid_publish() throws Exception {
        location = TestPostgres.freshDatabase();
        database = Database.open(location, 4);
        Clock clock = Clock.systemUTC();
        var account = new AccountStore(database, clock, new Ids(clock)).create("nodes@example.com", "Nodes", "Nodes");
        String organization = account.organization().id();
        List<String> channels = sandboxChannels(organization, clock);

        Instant begun = Instant.now();
        Path folder = Files.createTempDirectory("postline-nodes");
        for (int i = 0; i < 3; i++) {
            nodes.add(NodeProcess.start(location, KEY, LEASE_SECONDS, folder, "node-" + i));
        }
        for (NodeProcess node : nodes) {
            node.awaitListening(Duration.ofSeconds(60));
        }

        Instant started = Instant.now();
        Instant due = Instant.now().plusSeconds(4);
        createThroughEveryNode(account.key().secret(), organization, channels, due);
        String template = bulkCopies(organization, channels, due);
        assertThat(count("SELECT COUNT(*) FROM posts")).isEqualTo(POSTS);
        Instant created = Instant.now();

        NodeProcess victim = nodes.get(1);
        await(Duration.ofSeconds(60), () -> count("SELECT COUNT(*) FROM deliveries") >= POSTS / 10
                && count("SELECT COUNT(*) FROM posts WHERE status = 'sending' AND lease_owner LIKE '"
                        + victim.leaseOwnerPrefix() + "%'") > 0, "the victim to be mid-publish");
        long deliveredBeforeKill = count("SELECT COUNT(*) FROM deliveries");
        victim.kill();
        Instant killed = Instant.now();

        await(Duration.ofSeconds(90), () -> count("SELECT COUNT(*) FROM posts WHERE status = 'sent'") == POSTS,
                "every post to be sent");
        Duration recovery = Duration.between(killed, Instant.now());

        assertThat(deliveredBeforeKill).isLessThan(POSTS);
        assertThat(count("SELECT COUNT(*) FROM posts WHERE status <> 'sent'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM deliveries")).isEqualTo(POSTS);
        assertThat(count("SELECT COUNT(DISTINCT post_id) FROM deliveries")).isEqualTo(POSTS);
        assertThat(count("SELECT COUNT(*) FROM deliveries d JOIN posts p ON p.id = d.post_id"
                + " AND p.channel_id = d.channel_id AND d.part_index = 0")).isEqualTo(POSTS);
        assertThat(count("SELECT COUNT(*) FROM posts WHERE remote_id IS NULL OR lease_owner IS NOT NULL")).isZero();
        assertThat(nodes.get(0).isAlive() && nodes.get(2).isAlive()).as("the survivors kept running").isTrue();
        System.out.printf("ThreeNodesTest: nodes up in %d ms, %d posts created in %d ms (%s cloned), %d delivered"
                        + " before the kill %d ms later, all sent %d ms after the kill%n",
                Duration.between(begun, started).toMillis(), POSTS, Duration.between(started, created).toMillis(),
                template, deliveredBeforeKill, Duration.between(created, killed).toMillis(), recovery.toMillis());
    }

    private List<String> sandboxChannels(String organization, Clock clock) {
        ChannelStore store = new ChannelStore(database, clock, new Ids(clock), new CredentialCipher(KEY));
        return SERVICES.stream().map(service -> store.connect(organization, new ChannelStore.NewChannel(
                "Sandbox " + service.displayName(), service, "id-" + service.apiName(), "profile", "Europe/Berlin",
                Channel.SANDBOX, null, null)).id()).toList();
    }

    /** Some posts through the API of every node at once, as clients behind a load balancer would. */
    private void createThroughEveryNode(String key, String organization, List<String> channels, Instant due)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < THROUGH_THE_API; i++) {
                GraphqlClient api = new GraphqlClient(nodes.get(i % nodes.size()).connectorUri(), key);
                Map<String, Object> input = Map.of("organizationId", organization,
                        "channelIds", List.of(channels.get(i % channels.size())), "text", "through the API " + i,
                        "scheduledAt", due.plusMillis(i * 10L).toString());
                sent.add(clients.submit(() -> api.ok(CREATE, Map.of("input", input))));
            }
            for (Future<?> request : sent) {
                request.get();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * The rest as copies of a post the API wrote (one INSERT, so the test does not spend minutes on HTTP), due
     * over three seconds across the channels.
     */
    private String bulkCopies(String organization, List<String> channels, Instant due) {
        String template = database.read(tx -> tx.queryOne("SELECT id FROM posts WHERE organization_id = ?"
                + " ORDER BY id LIMIT 1", row -> row.getString(1), organization)).orElseThrow();
        List<Object> params = new ArrayList<>(channels);
        params.add(POSTS - THROUGH_THE_API);
        params.add(due.toEpochMilli());
        params.add(template);
        database.transaction(tx -> tx.update("INSERT INTO posts (id, organization_id, channel_id, group_id, status,"
                        + " text, content, scheduled_at, queued, sort_bucket, sort_at, due_at, created_at, updated_at)"
                        + " SELECT 'bulk' || lpad(n::text, 20, '0'), t.organization_id,"
                        + " (ARRAY[" + Tx.marks(channels.size()) + "])[1 + n % " + channels.size() + "],"
                        + " NULL, 'scheduled', 'bulk ' || n, replace(t.content, t.text, 'bulk ' || n),"
                        + " s.at, 0, 0, s.at, s.at, t.created_at, t.updated_at"
                        + " FROM posts t, generate_series(1, ?) n, LATERAL (SELECT ?::bigint + n % 3000 AS at) s"
                        + " WHERE t.id = ?",
                params.toArray()));
        return template;
    }

    private long count(String sql) {
        return database.read(tx -> tx.queryOne(sql, row -> row.getLong(1)).orElseThrow());
    }

    private void await(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what + "; "
                        + count("SELECT COUNT(*) FROM posts WHERE status = 'sent'") + " sent, "
                        + count("SELECT COUNT(*) FROM deliveries") + " delivered\n" + nodes.get(0).log());
            }
            Thread.sleep(100);
        }
    }
}
