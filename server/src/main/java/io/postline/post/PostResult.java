package io.postline.post;

/** What a request that made or changed posts answers: the post itself, or the group for several channels. */
public sealed interface PostResult {
    record Single(Post post) implements PostResult {}

    record Group(PostGroup group) implements PostResult {}
}
