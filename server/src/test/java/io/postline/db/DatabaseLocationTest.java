package io.postline.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseLocationTest {
    @Test
    void a_postgresql_url_becomes_a_jdbc_url_with_the_user_and_password_kept_apart() {
        DatabaseLocation where = DatabaseLocation.parse("postgresql://postline:s%40cr+t@db.internal:6432/postline?sslmode=require");

        assertThat(where.isPostgres()).isTrue();
        assertThat(where.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6432/postline?sslmode=require");
        assertThat(where.user()).contains("postline");
        assertThat(where.password()).contains("s@cr+t");
    }

    @Test
    void the_short_postgres_scheme_and_a_url_without_port_or_password_work_too() {
        DatabaseLocation where = DatabaseLocation.parse("postgres://postgres@127.0.0.1/postline");

        assertThat(where.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1/postline");
        assertThat(where.user()).contains("postgres");
        assertThat(where.password()).isEmpty();
    }

    @Test
    void a_jdbc_postgresql_url_is_handed_to_the_driver_unchanged() {
        DatabaseLocation where = DatabaseLocation.parse("jdbc:postgresql://h:5432/p?user=u&password=x");

        assertThat(where.isPostgres()).isTrue();
        assertThat(where.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/p?user=u&password=x");
        assertThat(where.user()).isEmpty();
    }

    @Test
    void sqlite_locations_may_be_prefixed_or_bare_paths() {
        assertThat(DatabaseLocation.parse("sqlite:data/postline.db").sqlitePath()).isEqualTo("data/postline.db");
        assertThat(DatabaseLocation.parse("jdbc:sqlite:/var/lib/p.db").sqlitePath()).isEqualTo("/var/lib/p.db");
        assertThat(DatabaseLocation.parse("/var/lib/p.db").isPostgres()).isFalse();
    }

    @Test
    void a_postgresql_url_without_a_database_name_is_refused_without_echoing_the_password() {
        assertThatThrownBy(() -> DatabaseLocation.parse("postgresql://u:hunter2@host:5432"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("u:***@host")
                .hasMessageNotContaining("hunter2");
    }
}
