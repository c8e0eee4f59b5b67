package io.postline.db;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Where the database is, parsed from {@code sqlite:<path>}, a bare path, or {@code postgresql://...}. */
record DatabaseLocation(String sqlitePath, String jdbcUrl, String userInfo) {

    static DatabaseLocation parse(String location) {
        if (location.startsWith("postgresql://") || location.startsWith("postgres://")) {
            URI uri = URI.create(location.replaceFirst("^postgres(ql)?://", "postgresql://"));
            String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return new DatabaseLocation(null, jdbc, uri.getRawUserInfo());
        }
        if (location.startsWith("jdbc:postgresql:")) {
            return new DatabaseLocation(null, location, null);
        }
        String path = location.replaceFirst("^(jdbc:)?sqlite:", "");
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

    private Optional<String> part(int index) {
        if (userInfo == null) {
            return Optional.empty();
        }
        String[] parts = userInfo.split(":", 2);
        return index < parts.length ? Optional.of(URLDecoder.decode(parts[index], StandardCharsets.UTF_8)) : Optional.empty();
    }
}
