package io.postline.post;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The posts one request made for several channels. */
public record PostGroup(String id, String organizationId, Instant createdAt, List<Post> posts) {
    public PostGroup {
        posts = List.copyOf(posts);
    }

    /** The posts' common status, else the least advanced one. */
    public PostStatus status() {
        return posts.stream().map(Post::status).min(Comparator.naturalOrder()).orElse(PostStatus.DRAFT);
    }

    public Instant scheduledAt() {
        return posts.stream().map(Post::scheduledAt).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null);
    }

    public String text() {
        return posts.isEmpty() ? "" : posts.get(0).text();
    }
}
