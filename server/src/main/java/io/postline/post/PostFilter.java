package io.postline.post;

import java.util.List;

/** Which posts a listing shows: empty lists mean no restriction. */
public record PostFilter(List<PostStatus> statuses, List<String> channelIds) {
    public PostFilter {
        statuses = statuses == null ? List.of() : statuses.stream().distinct().sorted().toList();
        channelIds = channelIds == null ? List.of() : channelIds.stream().distinct().sorted().toList();
    }

    /** A fingerprint of the filter, so a cursor cannot be reused with another one. */
    String fingerprint() {
        return Integer.toHexString((statuses + "|" + channelIds).hashCode());
    }
}
