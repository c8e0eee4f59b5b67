package io.postline.publish.sandbox;

import io.postline.db.Database;
import io.postline.db.Json;
import io.postline.post.PostContent;
import io.postline.publish.PublishOutcome;
import io.postline.publish.PublishProgress;
import io.postline.publish.PublishRequest;
import io.postline.publish.Publisher;
import io.postline.publish.SentPart;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the whole publishing pipeline but, instead of calling a network, records the exact payload it would have
 * sent. A part is recorded once however often it is replayed, as a network with idempotency keys would.
 */
public final class SandboxPublisher implements Publisher {
    static final String URL_BASE = "https://sandbox.postline.invalid/";

    private final Database database;
    private final Clock clock;

    public SandboxPublisher(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public PublishOutcome publish(PublishRequest request, PublishProgress progress) {
        List<PostContent.Part> parts = request.content().parts();
        SentPart previous = request.alreadySent().isEmpty() ? null
                : request.alreadySent().get(request.alreadySent().size() - 1);
        SentPart first = request.alreadySent().isEmpty() ? null : request.alreadySent().get(0);
        for (int index = request.alreadySent().size(); index < parts.size(); index++) {
            SentPart sent = deliver(request, index, parts.get(index), previous);
            progress.partSent(sent);
            previous = sent;
            first = first == null ? sent : first;
        }
        return new PublishOutcome.Published(first.remoteId(), first.url());
    }

    private SentPart deliver(PublishRequest request, int index, PostContent.Part part, SentPart replyTo) {
        String payload = Json.write(payload(request, part, replyTo));
        long id = database.transaction(tx -> {
            tx.update("INSERT INTO deliveries (organization_id, channel_id, post_id, part_index, service, payload,"
                            + " delivered_at) SELECT organization_id, ?, ?, ?, ?, ?, ? FROM channels WHERE id = ?"
                            + " ON CONFLICT (post_id, part_index) DO NOTHING",
                    request.channelId(), request.postId(), index, request.service().apiName(), payload,
                    clock.millis(), request.channelId());
            return tx.queryOne("SELECT id FROM deliveries WHERE post_id = ? AND part_index = ?",
                    row -> row.getLong(1), request.postId(), index).orElseThrow();
        });
        String remoteId = "sandbox-" + id;
        return new SentPart(index, remoteId, URL_BASE + request.service().apiName() + "/" + remoteId, null);
    }

    private static Map<String, Object> payload(PublishRequest request, PostContent.Part part, SentPart replyTo) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("service", request.service().apiName());
        payload.put("serviceId", request.serviceId());
        payload.put("text", part.text());
        payload.put("media", part.media());
        payload.put("inReplyTo", replyTo == null ? null : replyTo.remoteId());
        return payload;
    }
}
