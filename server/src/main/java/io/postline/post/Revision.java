package io.postline.post;

import java.time.Instant;
import java.util.List;

/**
 * A change to one post; a null field keeps what the post has.
 *
 * @param thread    the replies after the first part ({@code List.of()} removes them)
 * @param placement where the post goes on the calendar; {@code AT} uses {@code at}
 * @param status    draft, needs approval or scheduled
 * @param details   replaces the post's details (callers merge what they keep)
 */
public record Revision(
        String text,
        Media media,
        List<PostContent.Part> thread,
        Placement placement,
        Instant at,
        PostStatus status,
        PostDetails details,
        List<String> tagIds) {

    /** Where a revised post goes on the calendar. */
    public enum Placement { QUEUE_END, QUEUE_TOP, NOW, AT }
}
