package io.postline;

import io.postline.account.AccountStore;
import io.postline.account.ApiKey;
import io.postline.db.CopyData;
import io.postline.db.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code postline} command: runs the server and administers accounts. */
@Command(name = "postline", mixinStandardHelpOptions = true, version = "Postline 0.1.0",
        description = "Self-hosted social media scheduling with a Buffer-compatible GraphQL API.",
        subcommands = {ServerMain.Serve.class, ServerMain.CreateAccount.class, ServerMain.CreateKey.class,
                ServerMain.Migrate.class, ServerMain.MigrateData.class, ConnectChannelCommand.class,
                MastodonLoginCommand.class})
public final class ServerMain {

    public static void main(String[] args) {
        System.exit(new CommandLine(new ServerMain())
                .setExecutionExceptionHandler((failure, command, parsed) -> {
                    // a person reads this: the reason, not a stack trace
                    System.err.println("postline " + command.getCommandName() + ": " + reason(failure));
                    return 2;
                })
                .execute(args));
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String top = failure.getMessage();
        String root = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return top == null || top.equals(root) || failure == cause ? root : top + " (" + root + ")";
    }

    /** Where the data is, shared by every command. */
    public static final class DatabaseOptions {
        @Option(names = "--database", defaultValue = "${env:POSTLINE_DATABASE:-sqlite:data/postline.db}",
                description = "sqlite:<path> (default sqlite:data/postline.db) or postgresql://user:password@host:port/db."
                        + " Env: POSTLINE_DATABASE")
        String database;

        @Option(names = "--encryption-key", defaultValue = "${env:POSTLINE_ENCRYPTION_KEY}",
                description = "Secret that encrypts network credentials at rest (16+ characters). Without it, SQLite"
                        + " setups keep a generated key in <database folder>/postline.key. Env: POSTLINE_ENCRYPTION_KEY")
        String encryptionKey;

        String encryptionKey() {
            if (encryptionKey != null && !encryptionKey.isBlank()) {
                return encryptionKey;
            }
            if (Database.isPostgres(database)) {
                throw new CommandLine.ParameterException(new CommandLine(new ServerMain()),
                        "--encryption-key (or POSTLINE_ENCRYPTION_KEY) is required with PostgreSQL, and every node"
                                + " must use the same one.");
            }
            return KeyFile.readOrCreate(Path.of(database.replaceFirst("^sqlite:", "")).toAbsolutePath().getParent()
                    .resolve("postline.key"));
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true, description = "Runs the API and the publishing loop.")
    static final class Serve implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Option(names = "--port", defaultValue = "${env:POSTLINE_PORT:-8080}", description = "HTTP port. Env: POSTLINE_PORT")
        int port;

        @Option(names = "--host", defaultValue = "${env:POSTLINE_HOST:-127.0.0.1}",
                description = "Interface to listen on (0.0.0.0 for all). Env: POSTLINE_HOST")
        String host;

        @Option(names = "--demo", description = "Set up a demo organization with one sandbox channel per network and"
                + " print an API key for it.")
        boolean demo;

        @Option(names = "--allow-internal-media", defaultValue = "${env:POSTLINE_ALLOW_INTERNAL_MEDIA:-false}",
                description = "Fetch post media from loopback and private addresses too (off: media URLs come from"
                        + " API callers). Env: POSTLINE_ALLOW_INTERNAL_MEDIA")
        boolean internalMedia;

        /** How often an idle node looks for due posts: a post is at most this late to start (two cheap queries). */
        static final Duration POLL_INTERVAL = Duration.ofMillis(250);

        /** Leases are renewed every third of their length, so even a short one never expires under a live node. */
        static final int MIN_LEASE_SECONDS = 5;

        @Option(names = "--lease-seconds", defaultValue = "${env:POSTLINE_LEASE_SECONDS:-120}",
                description = "How long a node holds a post it is publishing before others may take it over.")
        int leaseSeconds;

        @Option(names = "--rate-limits", defaultValue = "${env:POSTLINE_RATE_LIMITS}",
                description = "Requests per API key over rolling windows, like 100/15m,250/24h,3000/30d (units s, m,"
                        + " h, d), counted in the database so they hold across nodes; 'off' for none. Default "
                        + io.postline.account.RateLimits.DEFAULT + ". Env: POSTLINE_RATE_LIMITS")
        String rateLimits;

        @Override
        public Integer call() throws InterruptedException {
            if (leaseSeconds < MIN_LEASE_SECONDS) {
                System.err.println("--lease-seconds must be at least " + MIN_LEASE_SECONDS + ".");
                return 2;
            }
            ServerConfig config = new ServerConfig(db.database, host, port, db.encryptionKey(),
                    new ServerConfig.Publishing(POLL_INTERVAL, Duration.ofSeconds(leaseSeconds), 64,
                            internalMedia), true,
                    rateLimits);
            Server server = Server.start(config, Clock.systemUTC());
            announceKeys(server);
            System.out.println("Postline listening on http://" + host + ":" + server.port()
                    + "/ (connector dialect) and /graphql (Buffer dialect)");
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }));
            stopped.await();
            return 0;
        }

        private void announceKeys(Server server) {
            AccountStore accounts = server.domain().accounts();
            if (demo) {
                ApiKey key = Demo.ensure(accounts, server.domain().channels());
                System.out.println("Demo organization ready (" + Demo.EMAIL + "). Its API key, shown once:");
                System.out.println("POSTLINE_API_KEY=" + key.secret());
            } else if (accounts.findByEmail(FirstAccount.EMAIL).isEmpty() && !FirstAccount.anyAccount(server)) {
                var created = accounts.create(FirstAccount.EMAIL, "Admin", "My organization");
                System.out.println("Created the first account (" + FirstAccount.EMAIL + "). Its API key, shown once:");
                System.out.println("POSTLINE_API_KEY=" + created.key().secret());
            }
        }
    }

    /** The account made on a fresh database so the server is usable at once. */
    static final class FirstAccount {
        static final String EMAIL = "admin@localhost";

        static boolean anyAccount(Server server) {
            return server.database().read(tx -> tx.queryOne("SELECT COUNT(*) FROM accounts",
                    row -> row.getLong(1)).orElse(0L)) > 0;
        }
    }

    @Command(name = "create-account", mixinStandardHelpOptions = true, description = "Creates an account with one organization and prints its API key.")
    static final class CreateAccount implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Option(names = "--email", required = true)
        String email;

        @Option(names = "--name", defaultValue = "")
        String name;

        @Option(names = "--organization", defaultValue = "My organization")
        String organization;

        @Override
        public Integer call() {
            try (Database database = Database.open(db.database, 2)) {
                Clock clock = Clock.systemUTC();
                var created = new AccountStore(database, clock, new Ids(clock))
                        .create(email, name.isBlank() ? email : name, organization);
                System.out.println("Account " + email + " with organization " + created.organization().id()
                        + ". Its API key, shown once:");
                System.out.println("POSTLINE_API_KEY=" + created.key().secret());
                return 0;
            } catch (Refusal e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "create-key", mixinStandardHelpOptions = true, description = "Creates another API key for an existing account and prints it.")
    static final class CreateKey implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Option(names = "--email", required = true)
        String email;

        @Option(names = "--label", defaultValue = "created from the command line")
        String label;

        @Override
        public Integer call() {
            try (Database database = Database.open(db.database, 2)) {
                Clock clock = Clock.systemUTC();
                AccountStore accounts = new AccountStore(database, clock, new Ids(clock));
                var account = accounts.findByEmail(email);
                if (account.isEmpty()) {
                    System.err.println("No account has the email " + email + ".");
                    return 2;
                }
                System.out.println("POSTLINE_API_KEY=" + accounts.addKey(account.get().id(), label).secret());
                return 0;
            }
        }
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true, description = "Applies pending database migrations and exits.")
    static final class Migrate implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Override
        public Integer call() {
            try (Database database = Database.open(db.database, 2)) {
                System.out.println("Database is up to date (" + database.dialect().name() + ").");
                return 0;
            }
        }
    }

    @Command(name = "migrate-data", mixinStandardHelpOptions = true, description = "Copies a SQLite database into a new, empty PostgreSQL database."
            + " Stop the server first; run the copied setup with the same --encryption-key.")
    static final class MigrateData implements Callable<Integer> {
        @Option(names = "--from", required = true, description = "sqlite:<path> of the database to copy")
        String from;

        @Option(names = "--to", required = true, description = "postgresql://user:password@host:port/db, empty")
        String to;

        @Override
        public Integer call() {
            try {
                CopyData.checkLocations(from, to);
                try (Database source = Database.open(from, 2); Database target = Database.open(to, 2)) {
                    var copied = new CopyData(source, target).run(System.out::println);
                    System.out.println("Copied " + copied.values().stream().mapToLong(Long::longValue).sum()
                            + " rows in " + copied.size() + " tables, counts verified.");
                    return 0;
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
    }

    /** A generated credential key kept beside a SQLite database, readable by its owner only. */
    static final class KeyFile {
        static String readOrCreate(Path file) {
            try {
                if (Files.exists(file)) {
                    return Files.readString(file).strip();
                }
                Files.createDirectories(file.getParent());
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                String key = HexFormat.of().formatHex(bytes);
                Files.writeString(file, key);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the folder's own protection applies
                }
                return key;
            } catch (IOException e) {
                throw new IllegalStateException("cannot read or create the encryption key file " + file, e);
            }
        }
    }

}
