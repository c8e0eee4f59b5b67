package io.postline.post;

import java.util.List;

/** One page of a listing: each post with the cursor that continues after it. */
public record PostPage(List<Entry> entries, boolean hasNextPage) {
    public record Entry(Post post, String cursor) {}

    public String endCursor() {
        return entries.isEmpty() ? null : entries.get(entries.size() - 1).cursor();
    }
}
