package io.postline.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.postline.ServerMain;
import io.postline.channel.Service;
import io.postline.support.FreshPostgres;
import io.postline.support.GraphqlClient;
import io.postline.support.TestServer;
import io.postline.support.TestServer.Tenant;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code postline migrate-data}: a SQLite setup moved to PostgreSQL keeps working as it was. */
class MigrateDataTest {
    private static final String CREATE = "mutation M($input: PostCreateInput!) { createPost(input: $input) { id } }";
    private static final String LIST = "query P($input: PostsInput!) { posts(input: $input) { edges { node"
            + " { id status text scheduledAt sentAt externalUrl error channel { id service } } } } }";

    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();

    @TempDir
    Path folder;

    @Test
    void a_copied_database_lists_the_same_posts_through_the_api_on_postgresql_and_keeps_publishing() {
        String sqlite = "sqlite:" + folder.resolve("postline.db");
        String target = postgres.database();
        Tenant tenant;
        JsonNode before;
        long deliveriesBefore;
        try (TestServer server = new TestServer(sqlite)) {
            tenant = server.tenant("mover@example.com");
            server.tenant("bystander@example.com");
            post(tenant, Service.TWITTER, "sent before the move", "2026-03-02T09:00:00Z");
            post(tenant, Service.MASTODON, "also sent, 🚀 and ünïcödé", "2026-03-02T09:30:00Z");
            server.runDueNow();
            post(tenant, Service.BLUESKY, "still scheduled", "2026-03-04T09:00:00Z");
            tenant.api().ok(CREATE, Map.of("input", Map.of("organizationId", tenant.organizationId(),
                    "channelIds", List.of(tenant.channel(Service.LINKEDIN)), "text", "a draft", "status", "draft")));
            tenant.api().ok(CREATE, Map.of("input", Map.of("organizationId", tenant.organizationId(),
                    "channelIds", List.of(tenant.channel(Service.THREADS)), "text", "in the queue")));
            before = list(tenant.api(), tenant.organizationId());
            deliveriesBefore = count(server, "deliveries");
        }
        assertThat(deliveriesBefore).isEqualTo(2);

        Run copy = run("migrate-data", "--from", sqlite, "--to", target);

        assertThat(copy.exit()).as(copy.err()).isZero();
        assertThat(copy.out()).contains("posts: 5 rows").contains("deliveries: 2 rows").contains("counts verified");
        try (TestServer server = new TestServer(target)) {
            GraphqlClient api = new GraphqlClient(server.connectorUri(), tenant.key());
            assertThat(list(api, tenant.organizationId())).isEqualTo(before);
            assertThat(count(server, "deliveries")).isEqualTo(deliveriesBefore);

            String next = post(new Tenant(tenant.organizationId(), tenant.key(), tenant.channels(), api),
                    Service.TWITTER, "after the move", "2026-03-02T09:45:00Z");
            assertThat(server.runDueNow()).isEqualTo(1);
            assertThat(count(server, "deliveries")).as("new deliveries get fresh ids").isEqualTo(3);
            assertThat(list(api, tenant.organizationId()).findValues("id").stream().map(JsonNode::asText)).contains(next);
        }
    }

    @Test
    void a_target_that_already_has_data_is_refused_and_left_as_it_was() {
        String sqlite = "sqlite:" + folder.resolve("postline.db");
        String target = postgres.database();
        try (TestServer server = new TestServer(sqlite)) {
            server.tenant("first@example.com");
        }
        assertThat(run("migrate-data", "--from", sqlite, "--to", target).exit()).isZero();

        Run again = run("migrate-data", "--from", sqlite, "--to", target);

        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("not empty");
        try (Database database = Database.open(target, 2)) {
            long accounts = database.read(tx -> tx.queryOne("SELECT COUNT(*) FROM accounts", r -> r.getLong(1)))
                    .orElseThrow();
            assertThat(accounts).isEqualTo(1);
        }
    }

    @Test
    void a_missing_sqlite_file_is_refused_rather_than_copied_as_an_empty_database() {
        Run copy = run("migrate-data", "--from", "sqlite:" + folder.resolve("typo.db"), "--to", postgres.database());

        assertThat(copy.exit()).isEqualTo(2);
        assertThat(copy.err()).contains("There is no SQLite database at");
        assertThat(Files.exists(folder.resolve("typo.db"))).isFalse();
    }

    private static String post(Tenant tenant, Service service, String text, String at) {
        return tenant.api().ok(CREATE, Map.of("input", Map.of("organizationId", tenant.organizationId(),
                        "channelIds", List.of(tenant.channel(service)), "text", text, "scheduledAt", at)))
                .path("createPost").path("id").asText();
    }

    private static JsonNode list(GraphqlClient api, String organization) {
        return api.ok(LIST, Map.of("input", Map.of("organizationId", organization, "first", 100)));
    }

    private static long count(TestServer server, String table) {
        return server.server.database().read(tx -> tx.queryOne("SELECT COUNT(*) FROM " + table,
                r -> r.getLong(1))).orElseThrow();
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        System.setOut(new PrintStream(out, true));
        System.setErr(new PrintStream(err, true));
        try {
            int exit = new CommandLine(new ServerMain()).execute(args);
            return new Run(exit, out.toString(), err.toString());
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    private record Run(int exit, String out, String err) {}
}
