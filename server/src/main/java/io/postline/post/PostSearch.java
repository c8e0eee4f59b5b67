package io.postline.post;

import java.time.Instant;
import java.util.List;

/**
 * Which posts a search finds and in what order. Empty lists and null bounds mean no restriction; ranges
 * include both ends.
 *
 * @param tagIds     posts with any of these tags...
 * @param untagged   ...or, when true, posts without tags
 * @param hasDueAt   true: only posts with a time; false: only posts without; null: either
 * @param sort       keys in order of precedence; ties end by id
 */
public record PostSearch(
        List<PostStatus> statuses,
        List<String> channelIds,
        List<String> tagIds,
        boolean untagged,
        Range dueAt,
        Range createdAt,
        Boolean hasDueAt,
        List<Sort> sort) {

    public static final List<Sort> DEFAULT_SORT = List.of(new Sort(Key.DUE_AT, false), new Sort(Key.CREATED_AT, false));

    public PostSearch {
        statuses = statuses == null ? List.of() : statuses.stream().distinct().sorted().toList();
        channelIds = channelIds == null ? List.of() : channelIds.stream().distinct().sorted().toList();
        tagIds = tagIds == null ? List.of() : tagIds.stream().distinct().sorted().toList();
        dueAt = dueAt == null ? Range.ANY : dueAt;
        createdAt = createdAt == null ? Range.ANY : createdAt;
        sort = sort == null || sort.isEmpty() ? DEFAULT_SORT : List.copyOf(sort);
    }

    /** A fingerprint, so a cursor cannot be reused with another search. */
    String fingerprint() {
        return Integer.toHexString(toString().hashCode());
    }

    public record Range(Instant from, Instant to) {
        public static final Range ANY = new Range(null, null);
    }

    public enum Key { DUE_AT, CREATED_AT }

    public record Sort(Key key, boolean descending) {}
}
