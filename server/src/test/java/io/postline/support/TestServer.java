package io.postline.support;

import io.postline.Server;
import io.postline.ServerConfig;
import io.postline.account.AccountStore;
import io.postline.channel.Channel;
import io.postline.channel.ChannelStore;
import io.postline.channel.Service;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A Postline node on a fresh SQLite file (or the database a subclass names), on a free loopback port, with a
 * settable clock and the publishing loop driven by hand.
 */
public final class TestServer implements AutoCloseable {
    public static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    public static final Duration LEASE = Duration.ofMinutes(2);

    public final SettableClock clock = new SettableClock(START);
    public final Server server;
    private final Path folder;

    public TestServer() {
        this(null);
    }

    public TestServer(String database) {
        try {
            folder = Files.createTempDirectory("postline-test");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        String location = database != null ? database : "sqlite:" + folder.resolve("postline.db");
        server = Server.start(new ServerConfig(location, "127.0.0.1", 0, "test-encryption-key-0123456789",
                new ServerConfig.Publishing(Duration.ofMillis(50), LEASE, 8, true), false), clock);
    }

    public URI connectorUri() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    public URI bufferUri() {
        return URI.create("http://127.0.0.1:" + server.port() + "/graphql");
    }

    /** A new account with one organization and a sandbox channel per network. */
    public Tenant tenant(String email) {
        AccountStore accounts = server.domain().accounts();
        ChannelStore channels = server.domain().channels();
        var created = accounts.create(email, email, "Org of " + email);
        Map<Service, Channel> byService = new HashMap<>();
        for (Service service : Service.values()) {
            byService.put(service, channels.connect(created.organization().id(), new ChannelStore.NewChannel(
                    "Test " + service.displayName(), service, "id-" + service.apiName(), "profile",
                    "Europe/Berlin", Channel.SANDBOX, null, null)));
        }
        return new Tenant(created.organization().id(), created.key().secret(), byService,
                new GraphqlClient(connectorUri(), created.key().secret()));
    }

    public int runDueNow() {
        return server.runDueNow();
    }

    @Override
    public void close() {
        server.close();
    }

    public record Tenant(String organizationId, String key, Map<Service, Channel> channels, GraphqlClient api) {
        public String channel(Service service) {
            return channels.get(service).id();
        }
    }
}
