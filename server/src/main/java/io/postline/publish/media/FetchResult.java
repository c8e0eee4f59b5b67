package io.postline.publish.media;

/** What came back from fetching one media URL. */
public sealed interface FetchResult {

    /** The whole body, within the size limit. */
    record Fetched(byte[] bytes, String contentType) implements FetchResult {}

    /** The media can't be used as it is (too large, gone, not http): retrying won't help. */
    record Refused(String reason) implements FetchResult {}

    /** The media host failed for now (timeout, 5xx, connection error): a later attempt may work. */
    record Unavailable(String reason) implements FetchResult {}
}
