package io.postline.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.postline.channel.Channel;
import io.postline.channel.ChannelStore;
import io.postline.channel.Service;
import io.postline.publish.Publishers;
import io.postline.publish.webhook.WebhookPublisher;
import io.postline.support.TestServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One slow network host must not hold up posts to the others. */
class NetworkIsolationTest {
    private static final int WORKERS = 8;

    private TestServer server;
    private HttpServer slowNetwork;
    private HttpServer fastNetwork;
    private final CountDownLatch releaseSlow = new CountDownLatch(1);
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS);

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        slowNetwork = receiver(true);
        fastNetwork = receiver(false);
    }

    @AfterEach
    void stop() {
        releaseSlow.countDown();
        slowNetwork.stop(0);
        fastNetwork.stop(0);
        workers.shutdownNow();
        server.close();
    }

    @Test
    void posts_to_a_fast_network_go_out_while_a_slow_network_holds_its_own_posts() throws Exception {
        TestServer.Tenant tenant = server.tenant("isolation@example.com");
        ChannelStore channels = server.server.domain().channels();
        // two hosts: the slow one answers on 127.0.0.1, the fast one on 127.0.0.2
        List<Channel> slow = List.of(webhook(channels, tenant, "slow-1", "127.0.0.1", slowNetwork),
                webhook(channels, tenant, "slow-2", "127.0.0.1", slowNetwork),
                webhook(channels, tenant, "slow-3", "127.0.0.1", slowNetwork));
        Channel fast = webhook(channels, tenant, "fast", "127.0.0.2", fastNetwork);
        for (Channel channel : slow) {
            for (int i = 0; i < 6; i++) {
                duePost(tenant, channel, "slow " + i);
            }
        }
        for (int i = 0; i < 3; i++) {
            duePost(tenant, fast, "fast " + i);
        }
        PublishDuePosts publishing = new PublishDuePosts(server.server.database(), server.clock,
                new ClaimDuePosts(server.server.database(), server.clock, "node", TestServer.LEASE),
                new Publishing(new Publishers(Map.of("webhook", new WebhookPublisher(HttpClient.newHttpClient(),
                        Duration.ofSeconds(30), server.clock))), channels, RetryPolicy.STANDARD, PublishListener.NONE, WORKERS),
                workers);

        try (SchedulerLoop loop = new SchedulerLoop(publishing, Duration.ofMillis(50), WORKERS)) {
            loop.start();
            waitUntil(() -> count("sent", fast.id()) == 3);

            assertThat(count("sent", fast.id())).isEqualTo(3);
            assertThat(slow.stream().mapToLong(c -> count("sent", c.id())).sum()).isZero();
            releaseSlow.countDown();
            waitUntil(() -> slow.stream().mapToLong(c -> count("sent", c.id())).sum() == 18);
        }
        assertThat(slow.stream().mapToLong(c -> count("sent", c.id())).sum()).isEqualTo(18);
    }

    private HttpServer receiver(boolean slow) throws IOException {
        HttpServer receiver = HttpServer.create(new InetSocketAddress(slow ? "127.0.0.1" : "127.0.0.2", 0), 0);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (slow) {
                try {
                    releaseSlow.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        return receiver;
    }

    private static Channel webhook(ChannelStore channels, TestServer.Tenant tenant, String name, String host,
                                   HttpServer receiver) {
        return channels.connect(tenant.organizationId(), new ChannelStore.NewChannel(name, Service.MASTODON, name,
                "profile", "UTC", "webhook", null,
                Map.of("url", "http://" + host + ":" + receiver.getAddress().getPort() + "/statuses")));
    }

    private void duePost(TestServer.Tenant tenant, Channel channel, String text) {
        tenant.api().ok("mutation M($input: PostCreateInput!) { createPost(input: $input) { id } }",
                Map.of("input", Map.of("organizationId", tenant.organizationId(), "channelIds", List.of(channel.id()),
                        "text", text, "scheduledAt", "2026-03-02T09:59:00Z")));
    }

    private long count(String status, String channelId) {
        return server.server.database().read(tx -> tx.queryOne(
                "SELECT COUNT(*) FROM posts WHERE status = ? AND channel_id = ?", row -> row.getLong(1),
                status, channelId)).orElseThrow();
    }

    /** Waits in real time while moving the test clock along, so deferred posts come due again. */
    private void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            server.clock.advance(Duration.ofMillis(100));
        }
    }
}
