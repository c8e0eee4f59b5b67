package io.postline.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * The PostgreSQL server tests use: the one {@code POSTLINE_TEST_POSTGRES_URL} names (a {@code postgresql://} URL
 * whose user may create databases), else an embedded one started once per JVM. Each test gets its own database.
 */
public final class TestPostgres {
    public static final String URL_VARIABLE = "POSTLINE_TEST_POSTGRES_URL";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile URI server;

    private TestPostgres() {}

    /** Creates an empty database and answers its {@code postgresql://} location. */
    public static String freshDatabase() {
        String name = "postline_test_" + HexFormat.of().formatHex(RANDOM.generateSeed(6));
        admin("CREATE DATABASE " + name);
        // test data need not survive a power cut; waiting for the disk on every commit made tests twice as slow
        admin("ALTER DATABASE " + name + " SET synchronous_commit = off");
        URI base = server();
        return "postgresql://" + (base.getRawUserInfo() == null ? "" : base.getRawUserInfo() + "@") + base.getHost()
                + ":" + base.getPort() + "/" + name;
    }

    /** Drops a database {@link #freshDatabase} made, closing whatever connections are still open to it. */
    public static void drop(String location) {
        String name = URI.create(location).getPath().substring(1);
        if (!name.startsWith("postline_test_")) {
            throw new IllegalArgumentException("refusing to drop a database this helper did not create: " + name);
        }
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** The JDBC URL of a location {@link #freshDatabase} made, for tests that connect directly. */
    public static String jdbcUrl(String location) {
        URI uri = URI.create(location);
        String user = uri.getUserInfo() == null ? "postgres" : uri.getUserInfo().split(":", 2)[0];
        String password = uri.getUserInfo() != null && uri.getUserInfo().contains(":")
                ? "&password=" + uri.getUserInfo().split(":", 2)[1] : "";
        return "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath() + "?user=" + user + password;
    }

    private static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(server().toString()));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }

    private static URI server() {
        if (server == null) {
            synchronized (TestPostgres.class) {
                if (server == null) {
                    String given = System.getenv(URL_VARIABLE);
                    server = given != null && !given.isBlank()
                            ? URI.create(given.replaceFirst("^postgres(ql)?://", "postgresql://"))
                            : embedded();
                }
            }
        }
        return server;
    }

    private static URI embedded() {
        // its INFO lines echo every line initdb and the postmaster print
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.zonky.test"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        try {
            // durability is worthless for throw-away test data; these settings make it several times faster
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    .start();
            return URI.create("postgresql://postgres@127.0.0.1:" + postgres.getPort() + "/postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL (set " + URL_VARIABLE
                    + " to use a running server instead)", e);
        }
    }
}
