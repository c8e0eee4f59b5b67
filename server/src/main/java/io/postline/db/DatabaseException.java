package io.postline.db;

import java.sql.SQLException;

/** A failure of the database itself (not of the caller's input). The SQL is kept for the log, never the values. */
public final class DatabaseException extends RuntimeException {
    public DatabaseException(String sql, SQLException cause) {
        super("database error running: " + sql.strip().replaceAll("\\s+", " "), cause);
    }

    public boolean isUniqueViolation() {
        var cause = (SQLException) getCause();
        String state = cause.getSQLState();
        return "23505".equals(state) || (cause.getMessage() != null && cause.getMessage().contains("UNIQUE constraint"));
    }
}
