package io.postline.post;

import io.postline.Ids;
import io.postline.Refusal;
import io.postline.account.Caller;
import io.postline.channel.Channel;
import io.postline.channel.ChannelStore;
import io.postline.db.Database;
import io.postline.db.Tx;
import io.postline.post.tag.TagStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Creates a post per channel: validated for every network first, placed in each queue, all or nothing. */
public final class CreatePosts {
    private static final Set<PostStatus> CREATABLE = Set.of(PostStatus.DRAFT, PostStatus.SCHEDULED,
            PostStatus.NEEDS_APPROVAL);

    private final Database database;
    private final Clock clock;
    private final Ids ids;
    private final PostValidation validation;
    private final Runnable duePostsWaiting;

    public CreatePosts(Database database, Clock clock, Ids ids, PostValidation validation, Runnable duePostsWaiting) {
        this.database = database;
        this.clock = clock;
        this.ids = ids;
        this.validation = validation;
        this.duePostsWaiting = duePostsWaiting;
    }

    public PostResult create(Caller caller, NewPost request) {
        String organizationId = caller.organization(request.organizationId());
        checkRequest(request);
        PostResult result = database.transaction(tx -> {
            List<Channel> channels = channels(tx, organizationId, request.channelIds());
            channels.forEach(channel -> {
                if (Channel.DISCONNECTED.equals(channel.publisher())) {
                    throw Refusal.badInput("Channel " + channel.name() + " is disconnected; connect it again first.");
                }
                validation.check(channel, request.content(), request.details());
            });
            TagStore.requireAll(tx, organizationId, request.tagIds());
            Instant now = clock.instant();
            String groupId = channels.size() > 1 ? ids.next() : null;
            if (groupId != null) {
                PostStore.insertGroup(tx, groupId, organizationId, now);
            }
            List<Post> posts = new ArrayList<>();
            for (Channel channel : channels) {
                posts.add(insert(tx, channel, request, groupId, now));
            }
            return groupId == null ? new PostResult.Single(posts.get(0))
                    : new PostResult.Group(new PostGroup(groupId, organizationId, now, posts));
        });
        if (dueNow(request)) {
            duePostsWaiting.run(); // posts for later are found by the loop's poll; waking it for them is waste
        }
        return result;
    }

    private boolean dueNow(NewPost request) {
        return request.status() == PostStatus.SCHEDULED && request.scheduledAt() != null
                && !request.scheduledAt().isAfter(clock.instant());
    }

    private static void checkRequest(NewPost request) {
        if (request.channelIds().isEmpty()) {
            throw Refusal.badInput("channelIds is empty: name at least one channel to post to.");
        }
        if (!CREATABLE.contains(request.status())) {
            throw Refusal.badInput("A new post's status must be draft, scheduled or needsApproval, not "
                    + request.status().apiName() + ".");
        }
        if (request.sharesNow() && request.scheduledAt() != null) {
            throw Refusal.badInput("Sharing now publishes at once, so the post cannot also have a time.");
        }
        if (request.shareNext() && request.scheduledAt() != null) {
            throw Refusal.badInput("shareNext puts a post at the top of the queue, so it cannot also have a"
                    + " scheduledAt: send one or the other.");
        }
        if (request.shareNext() && request.status() != PostStatus.SCHEDULED) {
            throw Refusal.badInput("shareNext works only with status scheduled.");
        }
    }

    private static List<Channel> channels(Tx tx, String organizationId, List<String> channelIds) {
        List<Channel> found = ChannelStore.find(tx, List.of(organizationId), channelIds);
        List<Channel> ordered = new ArrayList<>();
        for (String id : channelIds) {
            ordered.add(found.stream().filter(c -> c.id().equals(id)).findFirst()
                    .orElseThrow(() -> Refusal.notFound("Channel " + id + " was not found in organization "
                            + organizationId + "; list them with the channels query.")));
        }
        return ordered;
    }

    private Post insert(Tx tx, Channel channel, NewPost request, String groupId, Instant now) {
        Instant at = request.scheduledAt();
        boolean queued = false;
        if (request.sharesNow() && request.status() == PostStatus.SCHEDULED) {
            at = now;
        } else if (at == null && request.status() == PostStatus.SCHEDULED) {
            tx.dialect().lockChannel(tx, channel.id());
            QueuePlacement queue = new QueuePlacement(tx, channel, now);
            at = request.shareNext() ? queue.topOfQueue() : queue.endOfQueue();
            queued = true;
        }
        Post post = new Post(ids.next(), channel.organizationId(), channel.id(), groupId, request.status(),
                request.content(), at, queued, null, null, null, now, now, null, 0, List.of());
        PostStore.insert(tx, post);
        if (request.details() != null) {
            PostExtrasStore.saveDetails(tx, post, request.details());
        }
        PostExtrasStore.setTags(tx, post.id(), request.tagIds());
        return post;
    }
}
