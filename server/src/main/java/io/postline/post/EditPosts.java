package io.postline.post;

import io.postline.Refusal;
import io.postline.account.Caller;
import io.postline.channel.Channel;
import io.postline.channel.ChannelStore;
import io.postline.db.Database;
import io.postline.db.Tx;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Changes existing posts. An id may name a post or a post group; a group's change applies to each of its posts
 * that is not sent. A refused change leaves every post as it was.
 */
public final class EditPosts {
    private final Database database;
    private final Clock clock;
    private final PostValidation validation;
    private final Runnable duePostsWaiting;

    public EditPosts(Database database, Clock clock, PostValidation validation, Runnable duePostsWaiting) {
        this.database = database;
        this.clock = clock;
        this.validation = validation;
        this.duePostsWaiting = duePostsWaiting;
    }

    public PostResult update(Caller caller, String id, PostChange change) {
        return apply(caller, id, (tx, post) -> {
            if (!post.status().isEditable()) {
                throw Refusal.badInput("Post " + post.id() + " is " + post.status().apiName()
                        + " and can no longer be edited.");
            }
            Channel channel = channel(tx, post);
            PostContent content = new PostContent(change.text() == null ? post.text() : change.text(),
                    change.media() == null ? post.media() : change.media(), post.content().thread());
            validation.check(channel, content);
            Instant at = change.scheduledAt() == null ? post.scheduledAt() : change.scheduledAt();
            boolean queued = change.scheduledAt() == null && post.queued();
            PostStatus status = post.status() == PostStatus.ERROR && change.scheduledAt() != null
                    ? PostStatus.SCHEDULED : post.status();
            return save(tx, post, status, content, at, queued);
        });
    }

    /** Publishes at once: the post becomes due now. */
    public PostResult shareNow(Caller caller, String id) {
        return apply(caller, id, (tx, post) -> {
            if (!post.status().isEditable()) {
                throw Refusal.badInput("Post " + post.id() + " is " + post.status().apiName()
                        + "; only posts not yet published can be shared now.");
            }
            return save(tx, post, PostStatus.SCHEDULED, post.content(), clock.instant(), false);
        });
    }

    /** Schedules a post waiting for approval: at its time, at the end of the queue, or now if its time passed. */
    public PostResult approve(Caller caller, String id) {
        return apply(caller, id, (tx, post) -> {
            requireApprovalPending(post);
            Instant at = post.scheduledAt();
            boolean queued = false;
            if (at == null) {
                tx.dialect().lockChannel(tx, post.channelId());
                at = new QueuePlacement(tx, channel(tx, post), clock.instant()).endOfQueue();
                queued = true;
            }
            return save(tx, post, PostStatus.SCHEDULED, post.content(), at, queued);
        });
    }

    /** Sends a post waiting for approval back to drafts. */
    public PostResult reject(Caller caller, String id) {
        return apply(caller, id, (tx, post) -> {
            requireApprovalPending(post);
            return save(tx, post, PostStatus.DRAFT, post.content(), post.scheduledAt(), false);
        });
    }

    /** Removes a post (or a group's unsent posts) from Postline; a sent post stays on its network. */
    public String delete(Caller caller, String id) {
        database.transaction(tx -> {
            Target target = target(tx, caller, id);
            for (Post post : target.posts()) {
                if (post.status() == PostStatus.SENDING) {
                    throw Refusal.badInput("Post " + post.id() + " is being published right now; delete it once"
                            + " it is sent.");
                }
            }
            target.posts().forEach(post -> PostStore.delete(tx, post.id()));
            if (target.groupId() != null) {
                tx.update("DELETE FROM post_groups WHERE id = ? AND NOT EXISTS"
                        + " (SELECT 1 FROM posts WHERE group_id = ?)", target.groupId(), target.groupId());
            }
            return null;
        });
        return id;
    }

    private PostResult apply(Caller caller, String id, BiFunction<Tx, Post, Post> change) {
        PostResult result = database.transaction(tx -> {
            Target target = target(tx, caller, id);
            List<Post> changed = target.posts().stream()
                    .filter(post -> target.groupId() == null || post.status() != PostStatus.SENT)
                    .map(post -> change.apply(tx, post))
                    .toList();
            if (target.groupId() == null) {
                return new PostResult.Single(changed.get(0));
            }
            return new PostResult.Group(PostStore.findGroup(tx, caller.organizationIds(), target.groupId())
                    .orElseThrow());
        });
        duePostsWaiting.run();
        return result;
    }

    private Post save(Tx tx, Post post, PostStatus status, PostContent content, Instant at, boolean queued) {
        Post changed = new Post(post.id(), post.organizationId(), post.channelId(), post.groupId(), status, content,
                at, queued, status == PostStatus.ERROR ? post.error() : null, post.remoteId(), post.externalUrl(),
                post.createdAt(), clock.instant(), post.sentAt(), post.attempts(), post.sentParts());
        PostStore.update(tx, changed);
        return changed;
    }

    private static void requireApprovalPending(Post post) {
        if (post.status() != PostStatus.NEEDS_APPROVAL) {
            throw Refusal.badInput("Post " + post.id() + " is " + post.status().apiName()
                    + ", not waiting for approval.");
        }
    }

    private static Channel channel(Tx tx, Post post) {
        return ChannelStore.find(tx, List.of(post.organizationId()), List.of(post.channelId())).get(0);
    }

    /** A post, or a group's posts; another account's posts are not found, so their existence is not revealed. */
    private static Target target(Tx tx, Caller caller, String id) {
        var post = PostStore.find(tx, caller.organizationIds(), id);
        if (post.isPresent()) {
            return new Target(null, List.of(post.get()));
        }
        return PostStore.findGroup(tx, caller.organizationIds(), id)
                .filter(group -> !group.posts().isEmpty())
                .map(group -> new Target(group.id(), group.posts()))
                .orElseThrow(() -> Refusal.notFound("Post " + id + " was not found."));
    }

    private record Target(String groupId, List<Post> posts) {}
}
