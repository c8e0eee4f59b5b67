package io.postline.db;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where the database is, parsed from {@code sqlite:<path>} (or {@code jdbc:sqlite:<path>}, or a bare path),
 * {@code postgresql://user:password@host:port/db?options} (or {@code postgres://}), or a
 * {@code jdbc:postgresql:} URL, which is handed to the driver as it is.
 */
record DatabaseLocation(String sqlitePath, String jdbcUrl, String userInfo) {

    static DatabaseLocation parse(String location) {
        String trimmed = location.strip();
        if (trimmed.startsWith("postgresql://") || trimmed.startsWith("postgres://")) {
            URI uri = URI.create(trimmed.replaceFirst("^postgres(ql)?://", "postgresql://"));
            if (uri.getRawPath() == null || uri.getRawPath().length() < 2) {
                throw new IllegalArgumentException("A PostgreSQL location names its database, as in"
                        + " postgresql://user:password@host:5432/postline; got " + redacted(trimmed));
            }
            String host = uri.getHost() == null ? "localhost" : uri.getHost();
            String jdbc = "jdbc:postgresql://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return new DatabaseLocation(null, jdbc, uri.getRawUserInfo());
        }
        if (trimmed.startsWith("jdbc:postgresql:")) {
            return new DatabaseLocation(null, trimmed, null);
        }
        if (trimmed.contains("://") && !trimmed.matches("^(jdbc:)?sqlite:.*")) {
            throw new IllegalArgumentException("Postline stores its data in SQLite (sqlite:<path>) or PostgreSQL"
                    + " (postgresql://user:password@host:5432/db), not in " + redacted(trimmed.split("://")[0] + "://..."));
        }
        String path = trimmed.replaceFirst("^(jdbc:)?sqlite:", "");
        if (path.isEmpty()) {
            throw new IllegalArgumentException("A SQLite location names a file, as in sqlite:data/postline.db");
        }
        return new DatabaseLocation(path, null, null);
    }

    boolean isPostgres() {
        return jdbcUrl != null;
    }

    Optional<String> user() {
        return part(0);
    }

    Optional<String> password() {
        return part(1);
    }

    /** The location without its password, fit for a log line or an error message. */
    static String redacted(String location) {
        return location.replaceFirst("://([^:/@]*):[^@/]*@", "://$1:***@")
                .replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private Optional<String> part(int index) {
        if (userInfo == null || userInfo.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = userInfo.split(":", 2);
        // URLDecoder would turn '+' into a space, which URI user info does not mean
        return index < parts.length
                ? Optional.of(URLDecoder.decode(parts[index].replace("+", "%2B"), StandardCharsets.UTF_8))
                : Optional.empty();
    }
}
