package io.postline.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.postline.channel.Service;
import io.postline.post.Post;
import io.postline.publish.PublishOutcome;
import io.postline.publish.PublishProgress;
import io.postline.publish.PublishRequest;
import io.postline.publish.Publishers;
import io.postline.publish.sandbox.SandboxPublisher;
import io.postline.support.TestServer;
import io.postline.support.TestServer.Tenant;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What happens to posts when a publishing process dies or a network fails; run once per database. */
public abstract class PublishingRecoveryContract {
    private static final String CREATE = "mutation M($input: PostCreateInput!) { createPost(input: $input) { id } }";

    protected TestServer server;
    private Tenant tenant;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    protected abstract String database();

    @BeforeEach
    void start() {
        server = new TestServer(database());
        tenant = server.tenant("recovery-" + System.nanoTime() + "@example.com");
    }

    @AfterEach
    void stop() {
        workers.shutdownNow();
        server.close();
    }

    @Test
    void a_post_claimed_by_a_process_that_died_is_published_once_after_its_lease_runs_out() {
        String id = duePost("claimed then crashed");
        ClaimDuePosts deadNode = new ClaimDuePosts(server.server.database(), server.clock, "dead-node", TestServer.LEASE);
        assertThat(deadNode.claim(10)).extracting(Post::id).containsExactly(id);

        assertThat(server.runDueNow()).as("the lease still holds").isZero();
        server.clock.advance(TestServer.LEASE.plusSeconds(1));
        assertThat(server.runDueNow()).isEqualTo(1);

        assertThat(deliveries(id)).isEqualTo(1);
        assertThat(status(id)).isEqualTo("sent");
    }

    @Test
    void a_post_whose_network_answer_was_never_saved_is_not_sent_a_second_time() {
        String id = duePost("answered then crashed");
        ClaimDuePosts deadNode = new ClaimDuePosts(server.server.database(), server.clock, "dead-node", TestServer.LEASE);
        Post claimed = deadNode.claim(10).get(0);
        // the dead node reached the network, then died before storing the outcome
        new SandboxPublisher(server.server.database(), server.clock).publish(request(claimed), PublishProgress.IGNORE);

        server.clock.advance(TestServer.LEASE.plusSeconds(1));
        server.runDueNow();

        assertThat(deliveries(id)).isEqualTo(1);
        assertThat(status(id)).isEqualTo("sent");
    }

    @Test
    void two_processes_claiming_at_once_never_take_the_same_post() throws Exception {
        for (int i = 0; i < 60; i++) {
            duePost("race " + i);
        }
        ClaimDuePosts one = new ClaimDuePosts(server.server.database(), server.clock, "one", TestServer.LEASE);
        ClaimDuePosts two = new ClaimDuePosts(server.server.database(), server.clock, "two", TestServer.LEASE);

        var first = workers.submit(() -> claimAll(one));
        var second = workers.submit(() -> claimAll(two));
        List<String> a = first.get();
        List<String> b = second.get();

        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        assertThat(all).hasSize(60).doesNotHaveDuplicates();
    }

    @Test
    void a_passing_failure_is_retried_later_and_then_published() {
        String id = duePost("flaky network");
        ScriptedPublisher network = new ScriptedPublisher(
                new PublishOutcome.RetryLater("503 from the network", Optional.of(Duration.ofMinutes(5))),
                new PublishOutcome.Published("remote-1", "https://network.example/1"));
        PublishDuePosts loop = loop(network, RetryPolicy.STANDARD);

        loop.runOnce();
        assertThat(status(id)).isEqualTo("scheduled");
        server.clock.advance(Duration.ofMinutes(4));
        assertThat(loop.runOnce()).as("Retry-After is honoured").isZero();
        server.clock.advance(Duration.ofMinutes(2));
        loop.runOnce();

        assertThat(status(id)).isEqualTo("sent");
        assertThat(network.calls).isEqualTo(2);
    }

    @Test
    void a_post_that_keeps_failing_ends_in_error_after_the_last_attempt() {
        String id = duePost("always down");
        ScriptedPublisher network = new ScriptedPublisher(new PublishOutcome.RetryLater("502 Bad Gateway"));
        PublishDuePosts loop = loop(network, new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(1), 3));

        for (int i = 0; i < 6; i++) {
            loop.runOnce();
            server.clock.advance(Duration.ofMinutes(2));
        }

        assertThat(network.calls).isEqualTo(3);
        assertThat(status(id)).isEqualTo("error");
        assertThat(error(id)).contains("Gave up after 3 attempts").contains("502 Bad Gateway");
    }

    @Test
    void a_rejection_ends_the_post_in_error_with_the_networks_reason() {
        String id = duePost("refused");
        loop(new ScriptedPublisher(new PublishOutcome.Rejected("Text character limit of 500 exceeded")),
                RetryPolicy.STANDARD).runOnce();

        assertThat(status(id)).isEqualTo("error");
        assertThat(error(id)).isEqualTo("Text character limit of 500 exceeded");
    }

    private PublishDuePosts loop(ScriptedPublisher network, RetryPolicy retry) {
        Publishers publishers = new Publishers(Map.of("sandbox", network));
        return new PublishDuePosts(server.server.database(), server.clock,
                new ClaimDuePosts(server.server.database(), server.clock, "test-node", TestServer.LEASE),
                new Publishing(publishers, server.server.domain().channels(), retry, PublishListener.NONE, 4), workers);
    }

    private static List<String> claimAll(ClaimDuePosts claims) {
        List<String> ids = new java.util.ArrayList<>();
        List<Post> batch;
        while (!(batch = claims.claim(5)).isEmpty()) {
            batch.forEach(p -> ids.add(p.id()));
        }
        return ids;
    }

    private String duePost(String text) {
        return tenant.api().ok(CREATE, Map.of("input", Map.of("organizationId", tenant.organizationId(),
                "channelIds", List.of(tenant.channel(Service.TWITTER)), "text", text,
                "scheduledAt", "2026-03-02T09:59:00Z"))).path("createPost").path("id").asText();
    }

    private PublishRequest request(Post post) {
        return new PublishRequest(post.id(), post.channelId(), Service.TWITTER, "id-twitter", post.scheduledAt(),
                post.content(), Map.of(), post.sentParts(), post.attempts());
    }

    private long deliveries(String postId) {
        return server.server.database().read(tx -> tx.queryOne("SELECT COUNT(*) FROM deliveries WHERE post_id = ?",
                row -> row.getLong(1), postId)).orElseThrow();
    }

    private String status(String postId) {
        return column(postId, "status");
    }

    private String error(String postId) {
        return column(postId, "error");
    }

    private String column(String postId, String column) {
        return server.server.database().read(tx -> tx.queryOne("SELECT " + column + " FROM posts WHERE id = ?",
                row -> row.getString(1), postId)).orElseThrow();
    }

    /** A network that answers from a script; the last answer repeats. */
    private static final class ScriptedPublisher implements io.postline.publish.Publisher {
        private final Deque<PublishOutcome> answers;
        volatile int calls;

        ScriptedPublisher(PublishOutcome... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public synchronized PublishOutcome publish(PublishRequest request, PublishProgress progress) {
            calls++;
            return answers.size() > 1 ? answers.poll() : answers.peek();
        }
    }
}
