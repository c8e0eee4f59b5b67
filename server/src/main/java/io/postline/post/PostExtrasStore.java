package io.postline.post;

import io.postline.db.Json;
import io.postline.db.Tx;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** SQL for what posts carry beside their content: details and tags. */
final class PostExtrasStore {
    private PostExtrasStore() {}

    static void saveDetails(Tx tx, Post post, PostDetails details) {
        tx.update("DELETE FROM post_details WHERE post_id = ?", post.id());
        tx.update("INSERT INTO post_details (post_id, organization_id, details) VALUES (?, ?, ?)",
                post.id(), post.organizationId(), Json.write(details));
    }

    static void setTags(Tx tx, String postId, List<String> tagIds) {
        tx.update("DELETE FROM post_tags WHERE post_id = ?", postId);
        if (!tagIds.isEmpty()) {
            tx.batch("INSERT INTO post_tags (post_id, tag_id) VALUES (?, ?)",
                    tagIds.stream().distinct().map(tag -> new Object[] {postId, tag}).toList());
        }
    }

    static Map<String, PostDetails> details(Tx tx, Collection<String> organizationIds, Collection<String> postIds) {
        Map<String, PostDetails> found = new HashMap<>();
        if (organizationIds.isEmpty() || postIds.isEmpty()) {
            return found;
        }
        tx.query("SELECT post_id, details FROM post_details WHERE organization_id IN (" + Tx.marks(organizationIds.size())
                        + ") AND post_id IN (" + Tx.marks(postIds.size()) + ")",
                row -> found.put(row.getString(1), Json.read(row.getString(2), PostDetails.class)),
                params(organizationIds, postIds));
        return found;
    }

    /** Tag ids of each post, for posts of the given organizations. */
    static Map<String, List<String>> tagIds(Tx tx, Collection<String> organizationIds, Collection<String> postIds) {
        Map<String, List<String>> found = new HashMap<>();
        if (organizationIds.isEmpty() || postIds.isEmpty()) {
            return found;
        }
        tx.query("SELECT pt.post_id, pt.tag_id FROM post_tags pt JOIN posts p ON p.id = pt.post_id"
                        + " WHERE p.organization_id IN (" + Tx.marks(organizationIds.size()) + ") AND pt.post_id IN ("
                        + Tx.marks(postIds.size()) + ")",
                row -> found.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(row.getString(2)),
                params(organizationIds, postIds));
        return found;
    }

    private static Object[] params(Collection<String> first, Collection<String> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all.toArray();
    }
}
