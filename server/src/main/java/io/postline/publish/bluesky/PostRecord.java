package io.postline.publish.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An {@code app.bsky.feed.post} record. {@code langs} is left out because Postline doesn't know a post's
 * language yet, and a wrong one hides the post from feeds filtered by language.
 *
 * @param facets mentions already resolved to DIDs
 * @param embed  images or link card JSON, or null
 * @param root   the thread's first post, or null for a post that is not a reply
 * @param parent the post this one replies to, or null
 */
record PostRecord(String text, Instant createdAt, List<Facet> facets, JsonNode embed, StrongRef root,
        StrongRef parent) {
    static final String COLLECTION = "app.bsky.feed.post";
    /** Millisecond precision with a literal Z is the form the Bluesky app writes itself. */
    private static final DateTimeFormatter CREATED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    record Facet(int byteStart, int byteEnd, String type, String field, String value) {
        static Facet link(RichText.Span span) {
            return new Facet(span.byteStart(), span.byteEnd(), "link", "uri", span.value());
        }

        static Facet tag(RichText.Span span) {
            return new Facet(span.byteStart(), span.byteEnd(), "tag", "tag", span.value());
        }

        static Facet mention(RichText.Span span, String did) {
            return new Facet(span.byteStart(), span.byteEnd(), "mention", "did", did);
        }
    }

    ObjectNode toJson() {
        ObjectNode record = Xrpc.JSON.createObjectNode()
                .put("$type", COLLECTION)
                .put("text", text)
                .put("createdAt", CREATED_AT.format(createdAt.truncatedTo(ChronoUnit.MILLIS)));
        if (!facets.isEmpty()) {
            ArrayNode array = record.putArray("facets");
            facets.forEach(facet -> array.add(toJson(facet)));
        }
        if (root != null && parent != null) {
            ObjectNode reply = record.putObject("reply");
            reply.set("root", root.toJson());
            reply.set("parent", parent.toJson());
        }
        if (embed != null) {
            record.set("embed", embed);
        }
        return record;
    }

    private static ObjectNode toJson(Facet facet) {
        ObjectNode json = Xrpc.JSON.createObjectNode();
        json.putObject("index").put("byteStart", facet.byteStart()).put("byteEnd", facet.byteEnd());
        json.putArray("features").addObject()
                .put("$type", "app.bsky.richtext.facet#" + facet.type())
                .put(facet.field(), facet.value());
        return json;
    }
}
