package io.postline.post;

import io.postline.Refusal;
import io.postline.account.Caller;
import io.postline.db.Database;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads posts: pages of a filtered listing, and posts or groups by id. */
public final class ListPosts {
    public static final int DEFAULT_PAGE = 20;
    public static final int MAX_PAGE = 100;

    private final Database database;

    public ListPosts(Database database) {
        this.database = database;
    }

    public PostPage page(Caller caller, String organizationId, PostFilter filter, Integer first, String after) {
        String organization = caller.organization(organizationId);
        int size = first == null ? DEFAULT_PAGE : first;
        if (size < 1) {
            throw Refusal.badInput("first must be at least 1, got " + size + ".");
        }
        Cursor cursor = after == null ? null : Cursor.decode(after, filter);
        return database.read(tx -> PostStore.page(tx, organization, filter, cursor, Math.min(size, MAX_PAGE)));
    }

    public Map<String, Post> byIds(Caller caller, Collection<String> ids) {
        return database.read(tx -> PostStore.find(tx, caller.organizationIds(), ids)).stream()
                .collect(Collectors.toMap(Post::id, Function.identity()));
    }

    /** Details of those posts that have them. */
    public Map<String, PostDetails> details(Caller caller, Collection<String> ids) {
        return database.read(tx -> PostExtrasStore.details(tx, caller.organizationIds(), ids));
    }

    /** Tag ids of those posts that have tags. */
    public Map<String, List<String>> tagIds(Caller caller, Collection<String> ids) {
        return database.read(tx -> PostExtrasStore.tagIds(tx, caller.organizationIds(), ids));
    }

}
