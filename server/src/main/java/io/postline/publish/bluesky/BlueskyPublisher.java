package io.postline.publish.bluesky;

import io.postline.post.PostContent.Part;
import io.postline.publish.PublishOutcome;
import io.postline.publish.PublishOutcome.Published;
import io.postline.publish.PublishOutcome.Rejected;
import io.postline.publish.PublishOutcome.RetryLater;
import io.postline.publish.PublishProgress;
import io.postline.publish.PublishRequest;
import io.postline.publish.Publisher;
import io.postline.publish.SentPart;
import io.postline.publish.media.MediaFetcher;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Publishes to Bluesky through the account's PDS, signed in with an app password. Credentials:
 * {@code serviceUrl} (the PDS, default https://bsky.social), {@code handle}, {@code appPassword}.
 */
public final class BlueskyPublisher implements Publisher {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final Duration timeout;
    private final BlueskySessions sessions;
    private final CreatePost createPost;

    public BlueskyPublisher(HttpClient http, MediaFetcher mediaFetcher, Clock clock) {
        this(http, mediaFetcher, clock, DEFAULT_TIMEOUT);
    }

    /** @param timeout the longest one PDS request may take */
    public BlueskyPublisher(HttpClient http, MediaFetcher mediaFetcher, Clock clock, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
        var failures = new Failures(clock);
        this.sessions = new BlueskySessions(failures);
        this.createPost = new CreatePost(new PostEmbeds(mediaFetcher, failures), new Mentions(), failures, clock);
    }

    @Override
    public PublishOutcome publish(PublishRequest request, PublishProgress progress) {
        Login login;
        try {
            login = Login.from(request.credentials());
        } catch (IllegalArgumentException e) {
            return new Rejected(e.getMessage());
        }
        List<Part> parts = request.content().parts();
        Optional<String> unsupported = unsupported(parts);
        if (unsupported.isPresent()) {
            return new Rejected(unsupported.get());
        }
        Map<Integer, SentPart> sent = new HashMap<>();
        request.alreadySent().forEach(part -> sent.put(part.index(), part));
        try {
            if (!sent.keySet().containsAll(indexes(parts))) {
                var pds = new SignedInPds(new Xrpc(http, login.serviceUrl(), timeout), sessions,
                        request.channelId(), login);
                sendMissing(request, parts, sent, pds, progress);
            }
        } catch (Halt halt) {
            return halt.outcome;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RetryLater("Bluesky publish interrupted");
        }
        SentPart first = sent.get(0);
        return new Published(first.remoteId(), first.url());
    }

    /** Parts go out in order, each replying to the one before; parts an earlier attempt sent are skipped. */
    private void sendMissing(PublishRequest request, List<Part> parts, Map<Integer, SentPart> sent,
            SignedInPds pds, PublishProgress progress) throws Halt, InterruptedException {
        for (int i = 0; i < parts.size(); i++) {
            if (sent.containsKey(i)) {
                continue;
            }
            StrongRef root = i == 0 ? null : createPost.refOf(pds, sent.get(0));
            StrongRef parent = i == 0 ? null : createPost.refOf(pds, sent.get(i - 1));
            String rkey = Tid.forPart(request.postId(), i, request.dueAt());
            SentPart part = createPost.create(pds, i, parts.get(i), rkey, root, parent);
            sent.put(i, part);
            progress.partSent(part);
        }
    }

    /** Checked before anything is sent, so a thread is not left half-published over a part that can't go. */
    private static Optional<String> unsupported(List<Part> parts) {
        if (parts.size() > Tid.MAX_PARTS) {
            return Optional.of("Bluesky thread has " + parts.size() + " parts; at most " + Tid.MAX_PARTS);
        }
        for (int i = 0; i < parts.size(); i++) {
            var media = parts.get(i).media();
            if (media.video() != null) {
                return Optional.of("Bluesky video upload is not supported yet (part " + (i + 1) + ")");
            }
            if (media.photos().size() > PostEmbeds.MAX_IMAGES) {
                return Optional.of("Bluesky allows at most " + PostEmbeds.MAX_IMAGES + " images per post; part "
                        + (i + 1) + " has " + media.photos().size());
            }
        }
        return Optional.empty();
    }

    private static List<Integer> indexes(List<Part> parts) {
        return IntStream.range(0, parts.size()).boxed().toList();
    }

    /** The session cache, so tests can count sign-ins. */
    BlueskySessions sessions() {
        return sessions;
    }
}
