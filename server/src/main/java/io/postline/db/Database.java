package io.postline.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The connection pool, the dialect, and transactions. Opening it migrates the schema. */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final Dialect dialect;

    private Database(HikariDataSource pool, Dialect dialect) {
        this.pool = pool;
        this.dialect = dialect;
    }

    /**
     * Opens {@code sqlite:<path>} (the default kind; a bare path means the same) or
     * {@code postgresql://user:password@host:port/db}, and applies pending migrations.
     */
    public static Database open(String location, int poolSize) {
        DatabaseLocation where = DatabaseLocation.parse(location);
        Database database = where.isPostgres() ? postgres(where, poolSize) : sqlite(where, poolSize);
        database.migrate();
        return database;
    }

    public static Database open(String location) {
        return open(location, 10);
    }

    /** Whether a location names a PostgreSQL database (else it is a SQLite file). */
    public static boolean isPostgres(String location) {
        return DatabaseLocation.parse(location).isPostgres();
    }

    private static Database sqlite(DatabaseLocation where, int poolSize) {
        createParentDirectory(where.sqlitePath());
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(30_000);
        config.enforceForeignKeys(true);
        // IMMEDIATE: a write transaction takes the write lock at BEGIN, so two writers never deadlock upgrading
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + where.sqlitePath());
        return new Database(pooled(source, poolSize, "postline-sqlite"), new SqliteDialect());
    }

    private static Database postgres(DatabaseLocation where, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(where.jdbcUrl());
        where.user().ifPresent(config::setUsername);
        where.password().ifPresent(config::setPassword);
        // Flyway holds one connection for its lock while it migrates on another
        config.setMaximumPoolSize(Math.max(2, poolSize));
        config.setPoolName("postline-postgresql");
        config.addDataSourceProperty("ApplicationName", "postline");
        // one round trip per batch instead of one per row (migrate-data, bulk inserts)
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new Database(new HikariDataSource(config), new PostgresDialect());
    }

    private static HikariDataSource pooled(DataSource source, int poolSize, String name) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(source);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    private static void createParentDirectory(String path) {
        Path parent = Path.of(path).toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the folder for the database: " + parent, e);
        }
    }

    public void migrate() {
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration/" + dialect.name())
                .load()
                .migrate();
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(Function<Tx, T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(new Tx(connection, dialect));
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException("transaction", e);
        }
    }

    /** Runs reads, each statement on its own (no transaction held open). */
    public <T> T read(Function<Tx, T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(true);
            return work.apply(new Tx(connection, dialect));
        } catch (SQLException e) {
            throw new DatabaseException("read", e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
