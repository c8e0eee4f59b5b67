package io.postline.post;

import io.postline.Refusal;
import io.postline.account.Caller;
import io.postline.db.Database;
import io.postline.db.Tx;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Finds an organization's posts by status, channel, tags and time ranges, ordered by any keys, in pages that
 * continue after a cursor (the last post's sort values), so every post appears once however pages interleave.
 */
public final class SearchPosts {
    /** Sorts posts without a time after all timed ones when ascending (a time no post will have). */
    private static final long NO_TIME = 253_402_300_799_999L;

    private final Database database;

    public SearchPosts(Database database) {
        this.database = database;
    }

    public PostPage page(Caller caller, String organizationId, PostSearch search, Integer first, String after) {
        String organization = caller.organization(organizationId);
        int size = first == null ? ListPosts.DEFAULT_PAGE : first;
        if (size < 1) {
            throw Refusal.badInput("first must be at least 1, got " + size + ".");
        }
        if (Boolean.FALSE.equals(search.hasDueAt())
                && (search.dueAt().from() != null || search.dueAt().to() != null)) {
            throw Refusal.badInput("dueAtPresence absent cannot be combined with a dueAt range.");
        }
        List<String> cursor = after == null ? null : decode(after, search);
        return database.read(tx -> query(tx, organization, search, cursor, Math.min(size, ListPosts.MAX_PAGE)));
    }

    private PostPage query(Tx tx, String organization, PostSearch search, List<String> cursor, int size) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT * FROM posts WHERE organization_id = ?");
        params.add(organization);
        in(sql, params, "status", search.statuses().stream().map(PostStatus::apiName).toList());
        in(sql, params, "channel_id", search.channelIds());
        tags(sql, params, search);
        range(sql, params, "scheduled_at", search.dueAt());
        range(sql, params, "created_at", search.createdAt());
        if (search.hasDueAt() != null) {
            sql.append(search.hasDueAt() ? " AND scheduled_at IS NOT NULL" : " AND scheduled_at IS NULL");
        }
        if (cursor != null) {
            after(sql, params, search.sort(), cursor);
        }
        sql.append(" ORDER BY ");
        for (PostSearch.Sort sort : search.sort()) {
            sql.append(column(sort.key())).append(sort.descending() ? " DESC, " : " ASC, ");
        }
        sql.append("id ASC LIMIT ?");
        params.add(size + 1);
        List<Post> rows = tx.query(sql.toString(), PostStore::post, params.toArray());
        List<PostPage.Entry> entries = rows.stream().limit(size)
                .map(p -> new PostPage.Entry(p, encode(p, search))).toList();
        return new PostPage(entries, rows.size() > size);
    }

    private static void in(StringBuilder sql, List<Object> params, String column, List<String> values) {
        if (!values.isEmpty()) {
            sql.append(" AND ").append(column).append(" IN (").append(Tx.marks(values.size())).append(")");
            params.addAll(values);
        }
    }

    private static void tags(StringBuilder sql, List<Object> params, PostSearch search) {
        List<String> clauses = new ArrayList<>();
        if (!search.tagIds().isEmpty()) {
            clauses.add("EXISTS (SELECT 1 FROM post_tags t WHERE t.post_id = posts.id AND t.tag_id IN ("
                    + Tx.marks(search.tagIds().size()) + "))");
            params.addAll(search.tagIds());
        }
        if (search.untagged()) {
            clauses.add("NOT EXISTS (SELECT 1 FROM post_tags t WHERE t.post_id = posts.id)");
        }
        if (!clauses.isEmpty()) {
            sql.append(" AND (").append(String.join(" OR ", clauses)).append(")");
        }
    }

    private static void range(StringBuilder sql, List<Object> params, String column, PostSearch.Range range) {
        if (range.from() != null) {
            sql.append(" AND ").append(column).append(" >= ?");
            params.add(range.from().toEpochMilli());
        }
        if (range.to() != null) {
            sql.append(" AND ").append(column).append(" <= ?");
            params.add(range.to().toEpochMilli());
        }
    }

    /** Rows after the cursor in the sort order: (k1 beyond v1) or (k1 = v1 and k2 beyond v2) ... or all equal and id after. */
    private static void after(StringBuilder sql, List<Object> params, List<PostSearch.Sort> sorts, List<String> cursor) {
        if (sorts.stream().noneMatch(PostSearch.Sort::descending)) {
            // all ascending, like id: one row comparison, which bounds the index scan where OR-ed clauses do not
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < sorts.size(); i++) {
                columns.add(column(sorts.get(i).key()));
                params.add(Long.parseLong(cursor.get(i)));
            }
            columns.add("id");
            params.add(cursor.get(sorts.size()));
            sql.append(" AND (").append(String.join(", ", columns)).append(") > (").append(Tx.marks(columns.size()))
                    .append(")");
            return;
        }
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i <= sorts.size(); i++) {
            StringBuilder clause = new StringBuilder();
            for (int j = 0; j < i; j++) {
                clause.append(column(sorts.get(j).key())).append(" = ? AND ");
                params.add(Long.parseLong(cursor.get(j)));
            }
            if (i < sorts.size()) {
                clause.append(column(sorts.get(i).key())).append(sorts.get(i).descending() ? " < ?" : " > ?");
                params.add(Long.parseLong(cursor.get(i)));
            } else {
                clause.append("id > ?");
                params.add(cursor.get(sorts.size()));
            }
            alternatives.add("(" + clause + ")");
        }
        sql.append(" AND (").append(String.join(" OR ", alternatives)).append(")");
    }

    private static String column(PostSearch.Key key) {
        return key == PostSearch.Key.DUE_AT ? "COALESCE(scheduled_at, " + NO_TIME + ")" : "created_at";
    }

    private static long value(Post post, PostSearch.Key key) {
        if (key == PostSearch.Key.CREATED_AT) {
            return post.createdAt().toEpochMilli();
        }
        return post.scheduledAt() == null ? NO_TIME : post.scheduledAt().toEpochMilli();
    }

    private static String encode(Post post, PostSearch search) {
        StringBuilder raw = new StringBuilder("s1|").append(search.fingerprint());
        search.sort().forEach(sort -> raw.append('|').append(value(post, sort.key())));
        raw.append('|').append(post.id());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> decode(String cursor, PostSearch search) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
        } catch (IllegalArgumentException e) {
            throw invalid(cursor);
        }
        if (parts.length != search.sort().size() + 3 || !parts[0].equals("s1")) {
            throw invalid(cursor);
        }
        if (!parts[1].equals(search.fingerprint())) {
            throw Refusal.badInput("Cursor '" + cursor + "' belongs to a listing with another filter or sort;"
                    + " start again without 'after' when you change them.");
        }
        List<String> values = List.of(parts).subList(2, parts.length);
        try {
            values.subList(0, values.size() - 1).forEach(Long::parseLong);
        } catch (NumberFormatException e) {
            throw invalid(cursor);
        }
        return values;
    }

    private static Refusal invalid(String cursor) {
        return Refusal.badInput("Cursor '" + cursor + "' is not a cursor this listing gave out; use a pageInfo.endCursor.");
    }
}
