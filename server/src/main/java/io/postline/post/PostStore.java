package io.postline.post;

import com.fasterxml.jackson.core.type.TypeReference;
import io.postline.db.Json;
import io.postline.db.Tx;
import io.postline.publish.SentPart;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** SQL for posts and post groups. Every query is limited to the organizations it is given. */
public final class PostStore {
    private static final TypeReference<List<SentPart>> SENT_PARTS = new TypeReference<>() {};

    private PostStore() {}

    static void insertGroup(Tx tx, String id, String organizationId, Instant createdAt) {
        tx.update("INSERT INTO post_groups (id, organization_id, created_at) VALUES (?, ?, ?)",
                id, organizationId, createdAt.toEpochMilli());
    }

    static void insert(Tx tx, Post post) {
        tx.update("INSERT INTO posts (id, organization_id, channel_id, group_id, status, text, content, scheduled_at,"
                        + " queued, sort_bucket, sort_at, due_at, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                post.id(), post.organizationId(), post.channelId(), post.groupId(), post.status().apiName(),
                post.text(), Json.write(post.content()), millis(post.scheduledAt()), post.queued(),
                bucket(post), sortAt(post), dueAt(post), post.createdAt().toEpochMilli(),
                post.updatedAt().toEpochMilli());
    }

    /** Writes what a person may change: status, content and time (never the publishing state). */
    static void update(Tx tx, Post post) {
        tx.update("UPDATE posts SET status = ?, text = ?, content = ?, scheduled_at = ?, queued = ?, sort_bucket = ?,"
                        + " sort_at = ?, due_at = ?, error = ?, updated_at = ? WHERE id = ?",
                post.status().apiName(), post.text(), Json.write(post.content()), millis(post.scheduledAt()),
                post.queued(), bucket(post), sortAt(post), dueAt(post), post.error(),
                post.updatedAt().toEpochMilli(), post.id());
    }

    static int delete(Tx tx, String postId) {
        return tx.update("DELETE FROM posts WHERE id = ? AND status <> 'sending'", postId);
    }

    public static Optional<Post> find(Tx tx, Collection<String> organizationIds, String postId) {
        return find(tx, organizationIds, List.of(postId)).stream().findFirst();
    }

    public static List<Post> find(Tx tx, Collection<String> organizationIds, Collection<String> postIds) {
        if (organizationIds.isEmpty() || postIds.isEmpty()) {
            return List.of();
        }
        return tx.query("SELECT * FROM posts WHERE organization_id IN (" + Tx.marks(organizationIds.size())
                        + ") AND id IN (" + Tx.marks(postIds.size()) + ")",
                PostStore::post, concat(organizationIds, postIds));
    }

    static Optional<PostGroup> findGroup(Tx tx, Collection<String> organizationIds, String groupId) {
        if (organizationIds.isEmpty()) {
            return Optional.empty();
        }
        return tx.queryOne("SELECT * FROM post_groups WHERE organization_id IN (" + Tx.marks(organizationIds.size())
                                + ") AND id = ?",
                        row -> new PostGroup(row.getString("id"), row.getString("organization_id"),
                                Instant.ofEpochMilli(row.getLong("created_at")), List.of()),
                        concat(organizationIds, List.of(groupId)))
                .map(group -> new PostGroup(group.id(), group.organizationId(), group.createdAt(),
                        tx.query("SELECT * FROM posts WHERE group_id = ? ORDER BY created_at, id",
                                PostStore::post, groupId)));
    }

    /** The latest time of the channel's scheduled posts, or null when none is scheduled. */
    static Instant lastScheduledAt(Tx tx, String channelId) {
        // one MAX per status reads one index entry each; MAX over "status IN (...)" reads every scheduled post
        return tx.queryOne("SELECT MAX(latest) AS latest FROM ("
                        + "SELECT MAX(scheduled_at) AS latest FROM posts WHERE channel_id = ? AND status = 'scheduled'"
                        + " UNION ALL SELECT MAX(scheduled_at) FROM posts WHERE channel_id = ? AND status = 'sending'"
                        + ") AS last", row -> Tx.longOrNull(row, "latest"), channelId, channelId)
                .map(Instant::ofEpochMilli).orElse(null);
    }

    /**
     * One page of a listing: one index range scan per status (on posts_listing_status), merged. A single scan
     * over {@code status IN (...)} lets PostgreSQL wade through every sent post to find the scheduled ones.
     */
    static PostPage page(Tx tx, String organizationId, PostFilter filter, Cursor after, int first) {
        List<Object> params = new ArrayList<>();
        List<String> branches = new ArrayList<>();
        List<PostStatus> statuses = filter.statuses().isEmpty() ? List.of(PostStatus.values()) : filter.statuses();
        for (PostStatus status : statuses) {
            branches.add("SELECT * FROM (" + pageBranch(organizationId, status, filter, after, first, params)
                    + ") AS s" + branches.size());
        }
        String sql = String.join(" UNION ALL ", branches) + " ORDER BY sort_bucket, sort_at, id LIMIT ?";
        params.add(first + 1);
        List<Post> rows = tx.query(sql, PostStore::post, params.toArray());
        boolean more = rows.size() > first;
        List<PostPage.Entry> entries = rows.stream().limit(first)
                .map(p -> new PostPage.Entry(p, Cursor.of(p, filter).encode()))
                .toList();
        return new PostPage(entries, more);
    }

    private static String pageBranch(String organizationId, PostStatus status, PostFilter filter, Cursor after,
                                     int first, List<Object> params) {
        StringBuilder sql = new StringBuilder("SELECT * FROM posts WHERE organization_id = ? AND status = ?");
        params.add(organizationId);
        params.add(status.apiName());
        if (!filter.channelIds().isEmpty()) {
            sql.append(" AND channel_id IN (").append(Tx.marks(filter.channelIds().size())).append(")");
            params.addAll(filter.channelIds());
        }
        if (after != null) {
            // a row comparison, unlike the same test spelled out with OR, bounds the index scan on both databases
            sql.append(" AND (sort_bucket, sort_at, id) > (?, ?, ?)");
            Collections.addAll(params, after.bucket(), after.sortAt(), after.id());
        }
        sql.append(" ORDER BY sort_bucket, sort_at, id LIMIT ?");
        params.add(first + 1);
        return sql.toString();
    }

    public static Post post(ResultSet row) throws SQLException {
        return new Post(row.getString("id"), row.getString("organization_id"), row.getString("channel_id"),
                row.getString("group_id"), PostStatus.fromApiName(row.getString("status")).orElseThrow(),
                Json.read(row.getString("content"), PostContent.class), instant(row, "scheduled_at"),
                row.getInt("queued") != 0, row.getString("error"), row.getString("remote_id"),
                row.getString("external_url"), instant(row, "created_at"), instant(row, "updated_at"),
                instant(row, "sent_at"), row.getInt("attempts"),
                Json.read(row.getString("sent_parts"), SENT_PARTS));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Long value = Tx.longOrNull(row, column);
        return value == null ? null : Instant.ofEpochMilli(value);
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static int bucket(Post post) {
        return post.scheduledAt() == null ? 1 : 0;
    }

    private static long sortAt(Post post) {
        return post.scheduledAt() == null ? post.createdAt().toEpochMilli() : post.scheduledAt().toEpochMilli();
    }

    private static Long dueAt(Post post) {
        return post.status() == PostStatus.SCHEDULED ? millis(post.scheduledAt()) : null;
    }

    private static Object[] concat(Collection<String> first, Collection<String> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all.toArray();
    }
}
