package io.postline.publish.bluesky;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postline.post.PostContent.Part;
import io.postline.publish.SentPart;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Creates one post record under a chosen record key, and finds out whether an unclear create went through. */
final class CreatePost {
    private final PostEmbeds embeds;
    private final Mentions mentions;
    private final Failures failures;
    private final Clock clock;

    CreatePost(PostEmbeds embeds, Mentions mentions, Failures failures, Clock clock) {
        this.embeds = embeds;
        this.mentions = mentions;
        this.failures = failures;
        this.clock = clock;
    }

    SentPart create(SignedInPds pds, int index, Part part, String rkey, StrongRef root, StrongRef parent)
            throws Halt, InterruptedException {
        List<RichText.Span> spans = RichText.find(part.text());
        var record = new PostRecord(part.text(), clock.instant(), mentions.facets(spans, pds.pds()),
                embeds.forPart(part, spans, pds), root, parent);
        ObjectNode body = Xrpc.JSON.createObjectNode()
                .put("repo", pds.session().did())
                .put("collection", PostRecord.COLLECTION)
                .put("rkey", rkey);
        body.set("record", record.toJson());

        XrpcResponse answer = null;
        IOException failure = null;
        try {
            answer = pds.call((xrpc, token) -> xrpc.procedure("com.atproto.repo.createRecord", body, token));
            if (answer.ok()) {
                return sent(pds, index, new StrongRef(answer.body().path("uri").asText(),
                        answer.body().path("cid").asText()));
            }
        } catch (IOException e) {
            failure = e;
        }
        // A PDS answers a second create under the same key with a bare 500, and a timeout or lost
        // connection leaves the create's fate open; both look like failures but may be our post.
        Optional<StrongRef> existing = existing(pds, rkey, part.text());
        if (existing.isPresent()) {
            return sent(pds, index, existing.get());
        }
        // The record is not there. Retrying later is safe even if the create is still in flight on the PDS:
        // the retry uses the same record key, so it collides with that record instead of duplicating it,
        // and the check above then reports it as published.
        if (failure != null) {
            throw Halt.retryLater("Bluesky createRecord did not complete: " + failure);
        }
        throw failures.halt("refused the post", answer);
    }

    /** The part's record if it is already in the repo with this text; a different text there is a key clash. */
    private Optional<StrongRef> existing(SignedInPds pds, String rkey, String text) throws Halt, InterruptedException {
        XrpcResponse found = getRecord(pds, pds.session().did(), rkey);
        if (found.status() == 400 && found.error().equals("RecordNotFound")) {
            return Optional.empty();
        }
        if (!found.ok()) {
            throw Halt.retryLater("Bluesky could not check whether record " + rkey + " exists: " + found.describe());
        }
        if (!found.body().path("value").path("text").asText().equals(text)) {
            throw Halt.rejected("Bluesky record key " + rkey + " already holds a different post");
        }
        return Optional.of(new StrongRef(found.body().path("uri").asText(), found.body().path("cid").asText()));
    }

    /** The reply reference of a part sent earlier; its CID is looked up when the saved part lacks one. */
    StrongRef refOf(SignedInPds pds, SentPart part) throws Halt, InterruptedException {
        if (part.ref() != null && !part.ref().isBlank()) {
            return new StrongRef(part.remoteId(), part.ref());
        }
        String[] at = part.remoteId().substring("at://".length()).split("/");
        XrpcResponse found = getRecord(pds, at[0], at[2]);
        if (!found.ok()) {
            throw failures.halt("lookup of earlier thread part " + part.remoteId(), found);
        }
        return new StrongRef(part.remoteId(), found.body().path("cid").asText());
    }

    private static XrpcResponse getRecord(SignedInPds pds, String repo, String rkey) throws Halt, InterruptedException {
        try {
            return pds.pds().query("com.atproto.repo.getRecord",
                    Map.of("repo", repo, "collection", PostRecord.COLLECTION, "rkey", rkey), null);
        } catch (IOException e) {
            throw Halt.retryLater("Bluesky could not check whether record " + rkey + " exists: " + e);
        }
    }

    private static SentPart sent(SignedInPds pds, int index, StrongRef ref) {
        String url = "https://bsky.app/profile/" + pds.session().handle() + "/post/" + ref.rkey();
        return new SentPart(index, ref.uri(), url, ref.cid());
    }
}
