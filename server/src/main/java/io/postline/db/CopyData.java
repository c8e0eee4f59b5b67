package io.postline.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Copies every table of a SQLite database into an empty PostgreSQL one, both migrated to the same version first.
 * The whole copy is one PostgreSQL transaction, checked row count by row count before it commits, so a failed
 * copy leaves the target empty and can simply be run again. The source is read inside one SQLite write
 * transaction, so a server still running on it cannot change it half-way.
 */
public final class CopyData {
    static final int BATCH = 2_000;
    private static final String HISTORY = "flyway_schema_history";

    private final Database source;
    private final Database target;

    public CopyData(Database source, Database target) {
        if (source.dialect() instanceof PostgresDialect || !(target.dialect() instanceof PostgresDialect)) {
            throw new IllegalArgumentException("migrate-data copies from SQLite to PostgreSQL");
        }
        this.source = source;
        this.target = target;
    }

    /** Refuses, with a message for the person at the terminal, locations the copy cannot run between. */
    public static void checkLocations(String from, String to) {
        DatabaseLocation source = DatabaseLocation.parse(from);
        if (source.isPostgres()) {
            throw new IllegalArgumentException("--from names a SQLite database, as in sqlite:data/postline.db");
        }
        if (!java.nio.file.Files.isRegularFile(java.nio.file.Path.of(source.sqlitePath()))) {
            throw new IllegalArgumentException("There is no SQLite database at " + source.sqlitePath());
        }
        if (!DatabaseLocation.parse(to).isPostgres()) {
            throw new IllegalArgumentException("--to names a PostgreSQL database, as in"
                    + " postgresql://user:password@host:5432/postline");
        }
    }

    /** Copies everything; answers the rows copied per table, in the order they were copied. */
    public Map<String, Long> run(Consumer<String> progress) {
        return source.transaction(from -> target.transaction(to -> copyAll(from.connection(), to.connection(), progress)));
    }

    private Map<String, Long> copyAll(Connection from, Connection to, Consumer<String> progress) {
        try {
            List<String> tables = PostgresTables.inDependencyOrder(to);
            refuseUnknownSourceTables(from, tables);
            refuseNonEmptyTarget(to, tables);
            Map<String, Long> copied = new LinkedHashMap<>();
            for (String table : tables) {
                long rows = copyTable(from, to, table);
                long expected = count(from, table);
                long landed = count(to, table);
                if (rows != expected || landed != expected) {
                    throw new IllegalStateException("Table " + table + " has " + expected + " rows in SQLite but "
                            + landed + " arrived in PostgreSQL; nothing was kept.");
                }
                PostgresTables.advanceSequences(to, table);
                copied.put(table, rows);
                progress.accept(table + ": " + rows + " rows");
            }
            return copied;
        } catch (SQLException e) {
            throw new DatabaseException("copying data", e);
        }
    }

    private static void refuseUnknownSourceTables(Connection from, List<String> targetTables) throws SQLException {
        List<String> missing = new ArrayList<>();
        try (Statement statement = from.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                     + " AND name NOT LIKE 'sqlite_%' AND name <> '" + HISTORY + "'")) {
            while (rows.next()) {
                if (!targetTables.contains(rows.getString(1))) {
                    missing.add(rows.getString(1));
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The SQLite database has tables PostgreSQL lacks: " + missing
                    + ". Is this Postline older than the one that wrote the SQLite file?");
        }
    }

    private static void refuseNonEmptyTarget(Connection to, List<String> tables) throws SQLException {
        for (String table : tables) {
            try (Statement statement = to.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
                rows.next();
                if (rows.getBoolean(1)) {
                    throw new IllegalStateException("The PostgreSQL database is not empty (table " + table
                            + " has rows). migrate-data only copies into a fresh database, so nothing is merged"
                            + " or overwritten.");
                }
            }
        }
    }

    private static long copyTable(Connection from, Connection to, String table) throws SQLException {
        Map<String, String> columns = PostgresTables.columns(to, table);
        String names = String.join(", ", columns.keySet());
        String insert = "INSERT INTO " + table + " (" + names + ") VALUES (" + Tx.marks(columns.size()) + ")";
        long copied = 0;
        try (Statement read = from.createStatement();
             ResultSet rows = read.executeQuery("SELECT " + names + " FROM " + table);
             PreparedStatement write = to.prepareStatement(insert)) {
            List<String> types = List.copyOf(columns.values());
            int pending = 0;
            while (rows.next()) {
                for (int i = 0; i < types.size(); i++) {
                    bind(write, i + 1, rows, types.get(i));
                }
                write.addBatch();
                copied++;
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        return copied;
    }

    /** Reads a SQLite value as the PostgreSQL column's type wants it (SQLite types values, not columns). */
    private static void bind(PreparedStatement write, int index, ResultSet row, String type) throws SQLException {
        switch (type) {
            case "bigint", "integer", "smallint" -> {
                long value = row.getLong(index);
                write.setObject(index, row.wasNull() ? null : value, Types.BIGINT);
            }
            case "double precision", "real", "numeric" -> {
                double value = row.getDouble(index);
                write.setObject(index, row.wasNull() ? null : value, Types.DOUBLE);
            }
            case "boolean" -> {
                boolean value = row.getBoolean(index);
                write.setObject(index, row.wasNull() ? null : value, Types.BOOLEAN);
            }
            case "bytea" -> write.setBytes(index, row.getBytes(index));
            case "json", "jsonb" -> write.setObject(index, row.getString(index), Types.OTHER);
            default -> write.setString(index, row.getString(index));
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** What the copy needs to know about the PostgreSQL schema, read from its catalog. */
    static final class PostgresTables {
        private PostgresTables() {}

        /** Every Postline table, each after the tables its foreign keys point to. */
        static List<String> inDependencyOrder(Connection to) throws SQLException {
            Map<String, Set<String>> parents = new LinkedHashMap<>();
            try (Statement statement = to.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables"
                         + " WHERE schemaname = current_schema() AND tablename <> '" + HISTORY + "' ORDER BY tablename")) {
                while (rows.next()) {
                    parents.put(rows.getString(1), new LinkedHashSet<>());
                }
            }
            try (Statement statement = to.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT child.relname, parent.relname FROM pg_constraint c"
                         + " JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid"
                         + " WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace")) {
                while (rows.next()) {
                    if (!rows.getString(1).equals(rows.getString(2))) {
                        parents.get(rows.getString(1)).add(rows.getString(2));
                    }
                }
            }
            List<String> ordered = new ArrayList<>();
            while (ordered.size() < parents.size()) {
                int before = ordered.size();
                parents.forEach((table, needs) -> {
                    if (!ordered.contains(table) && ordered.containsAll(needs)) {
                        ordered.add(table);
                    }
                });
                if (ordered.size() == before) {
                    throw new IllegalStateException("foreign keys form a cycle among " + parents.keySet());
                }
            }
            return ordered;
        }

        /** Column name to type name, in table order. */
        static Map<String, String> columns(Connection to, String table) throws SQLException {
            Map<String, String> columns = new LinkedHashMap<>();
            try (PreparedStatement statement = to.prepareStatement("SELECT column_name, data_type"
                    + " FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?"
                    + " ORDER BY ordinal_position")) {
                statement.setString(1, table);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        columns.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
            return columns;
        }

        /** Moves identity sequences past the copied ids, so the next insert does not collide with them. */
        static void advanceSequences(Connection to, String table) throws SQLException {
            for (String column : columns(to, table).keySet()) {
                String sequence;
                try (PreparedStatement statement = to.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
                    statement.setString(1, table);
                    statement.setString(2, column);
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        sequence = rows.getString(1);
                    }
                }
                if (sequence != null) {
                    try (Statement statement = to.createStatement()) {
                        statement.execute("SELECT setval('" + sequence + "', COALESCE((SELECT MAX(" + column + ") FROM "
                                + table + "), 0) + 1, false)");
                    }
                }
            }
        }
    }
}
