package io.postline.publish.bluesky;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns found spans into facets; a mention needs its handle resolved to a DID first. */
final class Mentions {
    private static final Logger LOG = LoggerFactory.getLogger(Mentions.class);

    List<PostRecord.Facet> facets(List<RichText.Span> spans, Xrpc pds) throws InterruptedException {
        var facets = new ArrayList<PostRecord.Facet>();
        var dids = new HashMap<String, Optional<String>>();
        for (RichText.Span span : spans) {
            switch (span.kind()) {
                case LINK -> facets.add(PostRecord.Facet.link(span));
                case TAG -> facets.add(PostRecord.Facet.tag(span));
                case MENTION -> {
                    if (!dids.containsKey(span.value())) {
                        dids.put(span.value(), resolve(span.value(), pds));
                    }
                    dids.get(span.value()).ifPresent(did -> facets.add(PostRecord.Facet.mention(span, did)));
                }
            }
        }
        return facets;
    }

    /**
     * A handle that doesn't resolve stays plain text, as in the Bluesky app: the post is still worth
     * publishing, and a typo in a mention is not a reason to hold it back.
     */
    private static Optional<String> resolve(String handle, Xrpc pds) throws InterruptedException {
        try {
            XrpcResponse answer = pds.query("com.atproto.identity.resolveHandle", Map.of("handle", handle), null);
            String did = answer.body().path("did").asText("");
            if (answer.ok() && did.startsWith("did:")) {
                return Optional.of(did);
            }
            LOG.info("Bluesky mention @{} not resolved: {}", handle, answer.describe());
        } catch (IOException e) {
            LOG.warn("Bluesky mention @{} not resolved: {}", handle, e.toString());
        }
        return Optional.empty();
    }
}
