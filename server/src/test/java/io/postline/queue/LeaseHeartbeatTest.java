package io.postline.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.postline.channel.Service;
import io.postline.publish.PublishOutcome;
import io.postline.publish.PublishProgress;
import io.postline.publish.PublishRequest;
import io.postline.publish.Publisher;
import io.postline.publish.Publishers;
import io.postline.support.TestServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A network call longer than the lease must not let the same node (or another) publish the post again. */
class LeaseHeartbeatTest {
    private final TestServer server = new TestServer();
    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        workers.shutdownNow();
        server.close();
    }

    @Test
    void a_publish_that_outlasts_the_lease_is_sent_once_because_the_node_renews_its_lease() throws Exception {
        TestServer.Tenant tenant = server.tenant("heartbeat@example.com");
        String id = tenant.api().ok("mutation M($input: PostCreateInput!) { createPost(input: $input) { id } }",
                Map.of("input", Map.of("organizationId", tenant.organizationId(), "channelIds",
                        List.of(tenant.channel(Service.TWITTER)), "text", "slow network",
                        "scheduledAt", "2026-03-02T09:59:00Z"))).path("createPost").path("id").asText();
        AtomicInteger calls = new AtomicInteger();
        Publisher slowNetwork = (PublishRequest request, PublishProgress progress) -> {
            calls.incrementAndGet();
            sleep(2_500);
            return new PublishOutcome.Published("remote-1", "https://network.example/1");
        };
        Clock realTime = Clock.systemUTC();
        PublishDuePosts publishing = new PublishDuePosts(server.server.database(), realTime,
                new ClaimDuePosts(server.server.database(), realTime, "node", Duration.ofMillis(600)),
                new Publishing(new Publishers(Map.of("sandbox", slowNetwork)), server.server.domain().channels(),
                        RetryPolicy.STANDARD, PublishListener.NONE, 4), workers);

        try (SchedulerLoop loop = new SchedulerLoop(publishing, Duration.ofMillis(50), 4)) {
            loop.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (!"sent".equals(status(id)) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(500);
        }

        assertThat(status(id)).isEqualTo("sent");
        assertThat(calls.get()).isEqualTo(1);
    }

    private String status(String id) {
        return server.server.database().read(tx -> tx.queryOne("SELECT status FROM posts WHERE id = ?",
                row -> row.getString(1), id)).orElseThrow();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
