package io.postline.post;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.postline.channel.Service;
import io.postline.support.GraphqlClient;
import io.postline.support.TestServer;
import io.postline.support.TestServer.Tenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The connector dialect's post rules, sent as real documents over HTTP; run once per database. */
public abstract class ConnectorPostsContract {
    static final String CREATE = "mutation Make($input: PostCreateInput!) { createPost(input: $input) "
            + "{ id status scheduledAt text ... on Post { groupId error externalUrl } ... on PostGroup { posts { id channel { id service } } } } }";
    static final String UPDATE = "mutation Change($input: PostUpdateInput!) { updatePost(input: $input) { id text scheduledAt status } }";
    static final String DELETE = "mutation Drop($input: PostDeleteInput!) { deletePost(input: $input) { id } }";
    static final String LIST = "query Page($input: PostsInput!) { posts(input: $input) { edges { node "
            + "{ id status text scheduledAt sentAt externalUrl error channel { id service } } cursor } pageInfo { hasNextPage endCursor } } }";

    protected TestServer server;
    protected Tenant alice;

    /** The database to run against, or null for a fresh SQLite file. */
    protected abstract String database();

    @BeforeEach
    void start() {
        server = new TestServer(database());
        alice = server.tenant("alice-" + System.nanoTime() + "@example.com");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_scheduled_post_keeps_its_instant_and_its_text_exactly() {
        JsonNode post = create(alice, Map.of("channelIds", List.of(alice.channel(Service.TWITTER)),
                "text", "launch 🚀 新功能\nsecond line", "scheduledAt", "2026-03-05T17:30:00+02:00",
                "status", "scheduled"));

        assertThat(post.path("status").asText()).isEqualTo("scheduled");
        assertThat(post.path("text").asText()).isEqualTo("launch 🚀 新功能\nsecond line");
        assertThat(Instant.parse(post.path("scheduledAt").asText())).isEqualTo(Instant.parse("2026-03-05T15:30:00Z"));
    }

    @Test
    void a_post_without_a_time_takes_the_next_slot_in_the_channels_zone_and_the_next_one_the_slot_after() {
        // TestServer starts at 2026-03-02T10:00Z = 11:00 in Berlin; the standard slots are 09:00, 12:30, 17:00
        String channel = alice.channel(Service.LINKEDIN);
        JsonNode first = create(alice, Map.of("channelIds", List.of(channel), "text", "one"));
        JsonNode second = create(alice, Map.of("channelIds", List.of(channel), "text", "two"));

        assertThat(first.path("scheduledAt").asText()).isEqualTo("2026-03-02T11:30:00.000Z");
        assertThat(second.path("scheduledAt").asText()).isEqualTo("2026-03-02T16:00:00.000Z");
    }

    @Test
    void the_end_of_the_queue_comes_after_the_channels_last_scheduled_post() {
        String channel = alice.channel(Service.LINKEDIN);
        create(alice, Map.of("channelIds", List.of(channel), "text", "fixed", "scheduledAt", "2026-03-10T07:00:00Z"));
        JsonNode queued = create(alice, Map.of("channelIds", List.of(channel), "text", "queued"));

        assertThat(queued.path("scheduledAt").asText()).isEqualTo("2026-03-10T08:00:00.000Z");
    }

    @Test
    void share_next_takes_the_top_slot_and_moves_queued_posts_down_one_slot_but_not_fixed_ones() {
        String channel = alice.channel(Service.LINKEDIN);
        JsonNode a = create(alice, Map.of("channelIds", List.of(channel), "text", "a"));
        JsonNode fixed = create(alice, Map.of("channelIds", List.of(channel), "text", "fixed",
                "scheduledAt", "2026-03-02T16:00:00Z"));
        JsonNode b = create(alice, Map.of("channelIds", List.of(channel), "text", "b"));
        JsonNode top = create(alice, Map.of("channelIds", List.of(channel), "text", "top", "shareNext", true));

        Map<String, String> times = scheduledTimes(alice);
        assertThat(top.path("scheduledAt").asText()).isEqualTo("2026-03-02T11:30:00.000Z");
        assertThat(times.get(a.path("id").asText())).isEqualTo("2026-03-03T08:00:00.000Z");
        assertThat(times.get(fixed.path("id").asText())).isEqualTo("2026-03-02T16:00:00.000Z");
        assertThat(times.get(b.path("id").asText())).isEqualTo("2026-03-03T11:30:00.000Z");
    }

    @Test
    void share_next_on_a_long_queue_moves_every_queued_post_down_one_slot() {
        String channel = alice.channel(Service.LINKEDIN);
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            before.add(create(alice, Map.of("channelIds", List.of(channel), "text", "q" + i)).path("scheduledAt").asText());
        }

        JsonNode top = create(alice, Map.of("channelIds", List.of(channel), "text", "top", "shareNext", true));

        Map<String, String> timeByText = allPosts(alice).stream().collect(Collectors.toMap(
                p -> p.path("text").asText(), p -> p.path("scheduledAt").asText()));
        assertThat(top.path("scheduledAt").asText()).isEqualTo(before.get(0));
        for (int i = 0; i < 129; i++) {
            assertThat(timeByText.get("q" + i)).as("q" + i).isEqualTo(before.get(i + 1));
        }
        assertThat(Instant.parse(timeByText.get("q129"))).isAfter(Instant.parse(before.get(129)));
    }

    @Test
    void share_next_with_a_time_is_refused() {
        GraphqlClient.Answer answer = send(alice, Map.of("channelIds", List.of(alice.channel(Service.LINKEDIN)),
                "text", "x", "shareNext", true, "scheduledAt", "2026-03-05T10:00:00Z"));

        assertThat(answer.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void posts_queued_at_the_same_moment_never_share_a_slot() throws Exception {
        String channel = alice.channel(Service.MASTODON);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> requests = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                requests.add(() -> create(alice, Map.of("channelIds", List.of(channel), "text", "burst " + n))
                        .path("scheduledAt").asText());
            }
            List<String> slots = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(requests)) {
                slots.add(f.get());
            }
            assertThat(Set.copyOf(slots)).hasSize(24);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_cross_post_one_network_refuses_is_refused_whole_and_creates_nothing() {
        GraphqlClient.Answer answer = send(alice, Map.of(
                "channelIds", List.of(alice.channel(Service.LINKEDIN), alice.channel(Service.BLUESKY)),
                "text", "w".repeat(301), "scheduledAt", "2026-03-05T10:00:00Z"));

        assertThat(answer.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(answer.firstErrorMessage()).contains("Bluesky").contains("301").contains("300");
        assertThat(allPosts(alice)).isEmpty();
    }

    @Test
    void a_cross_post_answers_a_group_with_one_post_per_channel() {
        List<String> channels = List.of(alice.channel(Service.TWITTER), alice.channel(Service.LINKEDIN),
                alice.channel(Service.BLUESKY), alice.channel(Service.TWITTER));
        JsonNode group = create(alice, Map.of("channelIds", channels, "text", "everywhere",
                "scheduledAt", "2026-03-05T10:00:00Z"));

        List<String> postIds = new ArrayList<>();
        group.path("posts").forEach(p -> postIds.add(p.path("id").asText()));
        assertThat(postIds).hasSize(3).doesNotContain(group.path("id").asText());
        assertThat(allPosts(alice)).extracting(p -> p.path("id").asText()).containsExactlyInAnyOrderElementsOf(postIds);
    }

    @Test
    void a_group_id_updates_and_deletes_every_unsent_post_of_the_group() {
        JsonNode group = create(alice, Map.of("channelIds", List.of(alice.channel(Service.TWITTER),
                alice.channel(Service.LINKEDIN)), "text", "v1", "scheduledAt", "2026-03-05T10:00:00Z"));
        String groupId = group.path("id").asText();

        JsonNode updated = alice.api().ok(UPDATE, Map.of("input", Map.of("postId", groupId, "text", "v2"))).path("updatePost");
        assertThat(updated.path("text").asText()).isEqualTo("v2");
        assertThat(allPosts(alice)).extracting(p -> p.path("text").asText()).containsOnly("v2");

        alice.api().ok(DELETE, Map.of("input", Map.of("postId", groupId)));
        assertThat(allPosts(alice)).isEmpty();
    }

    @Test
    void a_time_without_an_offset_is_refused_and_creates_nothing() {
        GraphqlClient.Answer answer = send(alice, Map.of("channelIds", List.of(alice.channel(Service.TWITTER)),
                "text", "x", "scheduledAt", "2026-03-05T10:00:00"));

        assertThat(answer.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(answer.firstErrorMessage()).contains("offset");
        assertThat(allPosts(alice)).isEmpty();
    }

    @Test
    void instagram_without_media_is_refused_even_as_a_draft() {
        GraphqlClient.Answer answer = send(alice, Map.of("channelIds", List.of(alice.channel(Service.INSTAGRAM)),
                "text", "no picture", "status", "draft"));

        assertThat(answer.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(allPosts(alice)).isEmpty();
    }

    @Test
    void another_account_can_neither_see_nor_change_nor_post_into_an_organization() {
        Tenant mallory = server.tenant("mallory-" + System.nanoTime() + "@example.com");
        JsonNode post = create(alice, Map.of("channelIds", List.of(alice.channel(Service.TWITTER)), "text", "private",
                "scheduledAt", "2026-03-05T10:00:00Z"));
        String id = post.path("id").asText();

        GraphqlClient.Answer list = mallory.api().send(LIST, Map.of("input", Map.of("organizationId", alice.organizationId())));
        GraphqlClient.Answer edit = mallory.api().send(UPDATE, Map.of("input", Map.of("postId", id, "text", "hijack")));
        GraphqlClient.Answer drop = mallory.api().send(DELETE, Map.of("input", Map.of("postId", id)));
        GraphqlClient.Answer intrude = mallory.api().send(CREATE, Map.of("input", Map.of("organizationId",
                alice.organizationId(), "channelIds", List.of(alice.channel(Service.TWITTER)), "text", "intruder")));
        GraphqlClient.Answer foreignChannel = mallory.api().send(CREATE, Map.of("input", Map.of("organizationId",
                mallory.organizationId(), "channelIds", List.of(alice.channel(Service.TWITTER)), "text", "intruder")));

        assertThat(list.firstErrorCode()).isEqualTo("FORBIDDEN");
        assertThat(edit.firstErrorCode()).isEqualTo("NOT_FOUND");
        assertThat(drop.firstErrorCode()).isEqualTo("NOT_FOUND");
        assertThat(intrude.firstErrorCode()).isEqualTo("FORBIDDEN");
        assertThat(foreignChannel.firstErrorCode()).isEqualTo("NOT_FOUND");
        assertThat(allPosts(alice)).extracting(p -> p.path("text").asText()).containsExactly("private");
    }

    @Test
    void pages_return_every_post_exactly_once_and_a_cursor_only_continues_its_own_filter() {
        for (int i = 0; i < 7; i++) {
            create(alice, Map.of("channelIds", List.of(alice.channel(Service.TWITTER)), "text", "timed " + i,
                    "scheduledAt", "2026-03-05T10:00:00Z"));
            create(alice, Map.of("channelIds", List.of(alice.channel(Service.TWITTER)), "text", "draft " + i,
                    "status", "draft"));
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> input = new HashMap<>(Map.of("organizationId", alice.organizationId(), "first", 3));
            if (after != null) {
                input.put("after", after);
            }
            JsonNode page = alice.api().ok(LIST, Map.of("input", input)).path("posts");
            page.path("edges").forEach(e -> seen.add(e.path("node").path("text").asText()));
            after = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asText() : null;
        } while (after != null);

        assertThat(seen).hasSize(14).doesNotHaveDuplicates();
        assertThat(seen.subList(0, 7)).allMatch(t -> t.startsWith("timed"));
        JsonNode firstPage = alice.api().ok(LIST, Map.of("input", Map.of("organizationId", alice.organizationId(), "first", 1)));
        String cursor = firstPage.path("posts").path("pageInfo").path("endCursor").asText();
        GraphqlClient.Answer otherFilter = alice.api().send(LIST, Map.of("input", Map.of("organizationId",
                alice.organizationId(), "status", List.of("draft"), "after", cursor)));
        assertThat(otherFilter.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void a_due_post_is_published_once_and_shows_sent_with_its_external_url() {
        JsonNode post = create(alice, Map.of("channelIds", List.of(alice.channel(Service.BLUESKY)), "text", "now",
                "scheduledAt", "2026-03-02T09:59:00Z"));

        assertThat(server.runDueNow()).isEqualTo(1);
        assertThat(server.runDueNow()).isZero();

        JsonNode listed = allPosts(alice).get(0);
        assertThat(listed.path("id").asText()).isEqualTo(post.path("id").asText());
        assertThat(listed.path("status").asText()).isEqualTo("sent");
        assertThat(listed.path("sentAt").asText()).isEqualTo("2026-03-02T10:00:00.000Z");
        assertThat(listed.path("externalUrl").asText()).startsWith("https://sandbox.postline.invalid/bluesky/");
        JsonNode deliveries = alice.api().ok("query D($o: String!) { deliveries(input: {organizationId: $o}) "
                + "{ postId service payload } }", Map.of("o", alice.organizationId())).path("deliveries");
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0).path("payload").asText()).contains("\"text\":\"now\"");
    }

    @Test
    void a_sent_post_cannot_be_edited_and_keeps_its_text() {
        JsonNode post = create(alice, Map.of("channelIds", List.of(alice.channel(Service.TWITTER)), "text", "as sent",
                "scheduledAt", "2026-03-02T09:00:00Z"));
        server.runDueNow();

        GraphqlClient.Answer answer = alice.api().send(UPDATE, Map.of("input", Map.of("postId", post.path("id").asText(),
                "text", "rewrite history")));

        assertThat(answer.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(allPosts(alice).get(0).path("text").asText()).isEqualTo("as sent");
    }

    @Test
    void share_now_publishes_a_draft_at_once() {
        JsonNode draft = create(alice, Map.of("channelIds", List.of(alice.channel(Service.TWITTER)), "text", "draft",
                "status", "draft"));
        assertThat(server.runDueNow()).isZero();

        alice.api().ok("mutation S($i: PostIdInput!) { sharePostNow(input: $i) { id status } }",
                Map.of("i", Map.of("postId", draft.path("id").asText())));

        assertThat(server.runDueNow()).isEqualTo(1);
        assertThat(allPosts(alice).get(0).path("status").asText()).isEqualTo("sent");
    }

    @Test
    void approving_schedules_a_post_and_rejecting_makes_it_a_draft() {
        JsonNode waiting = create(alice, Map.of("channelIds", List.of(alice.channel(Service.TWITTER)), "text", "ok?",
                "status", "needsApproval"));
        JsonNode other = create(alice, Map.of("channelIds", List.of(alice.channel(Service.TWITTER)), "text", "no",
                "status", "needsApproval", "scheduledAt", "2026-03-04T10:00:00Z"));

        JsonNode approved = alice.api().ok("mutation A($i: PostIdInput!) { approvePost(input: $i) { status scheduledAt } }",
                Map.of("i", Map.of("postId", waiting.path("id").asText()))).path("approvePost");
        JsonNode rejected = alice.api().ok("mutation R($i: PostIdInput!) { rejectPost(input: $i) { status } }",
                Map.of("i", Map.of("postId", other.path("id").asText()))).path("rejectPost");

        assertThat(approved.path("status").asText()).isEqualTo("scheduled");
        assertThat(approved.path("scheduledAt").asText()).isEqualTo("2026-03-02T11:30:00.000Z");
        assertThat(rejected.path("status").asText()).isEqualTo("draft");
    }

    @Test
    void a_posting_schedule_change_moves_where_the_queue_puts_new_posts() {
        String channel = alice.channel(Service.LINKEDIN);
        alice.api().ok("mutation U($i: PostingScheduleInput!) { updatePostingSchedule(input: $i) { timezone postingSchedule { day times } } }",
                Map.of("i", Map.of("channelId", channel, "timezone", "America/New_York",
                        "days", List.of(Map.of("day", "mon", "times", List.of("07:15", "20:00"))))));

        JsonNode queued = create(alice, Map.of("channelIds", List.of(channel), "text", "ny"));

        // 10:00Z on Monday 2026-03-02 is 05:00 in New York (EST, -05)
        assertThat(queued.path("scheduledAt").asText()).isEqualTo("2026-03-02T12:15:00.000Z");
    }

    @Test
    void a_fixed_offset_is_refused_as_a_channel_time_zone_and_changes_nothing() {
        String channel = alice.channel(Service.LINKEDIN);
        for (String zone : List.of("+05:00", "GMT+5", "Mars/Olympus")) {
            GraphqlClient.Answer answer = alice.api().send("mutation U($i: PostingScheduleInput!) { updatePostingSchedule(input: $i) { timezone } }",
                    Map.of("i", Map.of("channelId", channel, "timezone", zone)));
            assertThat(answer.firstErrorCode()).as(zone).isEqualTo("BAD_USER_INPUT");
        }
        JsonNode channels = alice.api().ok("query C($o: String!) { channels(input: {organizationId: $o}) { id timezone } }",
                Map.of("o", alice.organizationId())).path("channels");
        channels.forEach(c -> {
            if (c.path("id").asText().equals(channel)) {
                assertThat(c.path("timezone").asText()).isEqualTo("Europe/Berlin");
            }
        });
    }

    @Test
    void a_disconnected_channel_takes_no_new_posts() {
        String channel = alice.channel(Service.THREADS);
        alice.api().ok("mutation D($i: ChannelInput!) { disconnectChannel(input: $i) { id publisher } }",
                Map.of("i", Map.of("channelId", channel)));

        GraphqlClient.Answer answer = send(alice, Map.of("channelIds", List.of(channel), "text", "too late"));

        assertThat(answer.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(answer.firstErrorMessage()).contains("disconnected");
        assertThat(allPosts(alice)).isEmpty();
    }

    @Test
    void a_time_past_the_year_2099_is_refused_instead_of_overflowing() {
        GraphqlClient.Answer answer = send(alice, Map.of("channelIds", List.of(alice.channel(Service.TWITTER)),
                "text", "far", "scheduledAt", "+999999999-12-31T23:59:59Z"));

        assertThat(answer.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(allPosts(alice)).isEmpty();
    }

    protected JsonNode create(Tenant tenant, Map<String, Object> fields) {
        GraphqlClient.Answer answer = send(tenant, fields);
        assertThat(answer.hasErrors()).as(answer.body()).isFalse();
        return answer.data().path("createPost");
    }

    protected GraphqlClient.Answer send(Tenant tenant, Map<String, Object> fields) {
        Map<String, Object> input = new HashMap<>(fields);
        input.put("organizationId", tenant.organizationId());
        return tenant.api().send(CREATE, Map.of("input", input));
    }

    /** Every post of the tenant, across all pages. */
    protected List<JsonNode> allPosts(Tenant tenant) {
        List<JsonNode> posts = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> input = new HashMap<>(Map.of("organizationId", tenant.organizationId(), "first", 100));
            if (after != null) {
                input.put("after", after);
            }
            JsonNode page = tenant.api().ok(LIST, Map.of("input", input)).path("posts");
            page.path("edges").forEach(e -> posts.add(e.path("node")));
            after = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asText() : null;
        } while (after != null);
        return posts;
    }

    private Map<String, String> scheduledTimes(Tenant tenant) {
        return allPosts(tenant).stream().collect(Collectors.toMap(p -> p.path("id").asText(),
                p -> p.path("scheduledAt").asText()));
    }
}
