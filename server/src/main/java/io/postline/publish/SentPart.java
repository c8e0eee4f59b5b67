package io.postline.publish;

/**
 * One part of a post that the network accepted.
 *
 * @param index    0 for the post itself, 1.. for thread replies
 * @param remoteId the network's id (Bluesky: the at:// URI)
 * @param url      the public URL, if the network gives one
 * @param ref      extra reference a reply needs (Bluesky: the record's CID), or null
 */
public record SentPart(int index, String remoteId, String url, String ref) {}
