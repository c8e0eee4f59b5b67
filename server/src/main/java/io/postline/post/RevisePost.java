package io.postline.post;

import io.postline.Refusal;
import io.postline.account.Caller;
import io.postline.channel.Channel;
import io.postline.channel.ChannelStore;
import io.postline.db.Database;
import io.postline.db.Tx;
import io.postline.post.tag.TagStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Changes one post's content, details, tags, status and place on the calendar in one step, validated like a new
 * post; a refused revision changes nothing. Also moves a queued post to the top or bottom of its queue.
 */
public final class RevisePost {
    private static final Set<PostStatus> SETTABLE = Set.of(PostStatus.DRAFT, PostStatus.NEEDS_APPROVAL,
            PostStatus.SCHEDULED);

    private final Database database;
    private final Clock clock;
    private final PostValidation validation;
    private final Runnable duePostsWaiting;

    public RevisePost(Database database, Clock clock, PostValidation validation, Runnable duePostsWaiting) {
        this.database = database;
        this.clock = clock;
        this.validation = validation;
        this.duePostsWaiting = duePostsWaiting;
    }

    public Post revise(Caller caller, String id, Revision revision) {
        if (revision.status() != null && !SETTABLE.contains(revision.status())) {
            throw Refusal.badInput("A post can be made draft, needs approval or scheduled, not "
                    + revision.status().apiName() + ".");
        }
        Post revised = database.transaction(tx -> {
            Post post = editable(tx, caller, id);
            Channel channel = channel(tx, post);
            PostContent content = new PostContent(
                    revision.text() == null ? post.text() : revision.text(),
                    revision.media() == null ? post.media() : revision.media(),
                    revision.thread() == null ? post.content().thread() : revision.thread());
            PostDetails details = revision.details() != null ? revision.details()
                    : PostExtrasStore.details(tx, List.of(post.organizationId()), List.of(post.id()))
                    .getOrDefault(post.id(), PostDetails.inferred(post));
            validation.check(channel, content, details);
            if (revision.tagIds() != null) {
                TagStore.requireAll(tx, post.organizationId(), revision.tagIds());
                PostExtrasStore.setTags(tx, post.id(), revision.tagIds());
            }
            PostStatus status = status(post, revision);
            Post placed = place(tx, channel, post, status, revision, false);
            Post saved = save(tx, placed, status, content);
            PostExtrasStore.saveDetails(tx, saved, details);
            return saved;
        });
        duePostsWaiting.run();
        return revised;
    }

    /** Puts a scheduled post first (top) or last (bottom) in its channel's queue; its content is not checked again. */
    public Post move(Caller caller, String id, boolean top) {
        return database.transaction(tx -> {
            Post post = editable(tx, caller, id);
            if (post.status() != PostStatus.SCHEDULED) {
                throw Refusal.badInput("Post " + id + " is " + post.status().apiName()
                        + "; only scheduled posts are in a queue.");
            }
            Post moved = place(tx, channel(tx, post), post, PostStatus.SCHEDULED,
                    new Revision(null, null, null, top ? Revision.Placement.QUEUE_TOP : Revision.Placement.QUEUE_END,
                            null, null, null, null), true);
            Post saved = save(tx, moved, PostStatus.SCHEDULED, post.content());
            PostDetails details = PostExtrasStore.details(tx, List.of(post.organizationId()), List.of(post.id()))
                    .getOrDefault(post.id(), PostDetails.inferred(post));
            PostExtrasStore.saveDetails(tx, saved, details.withShareMode(ShareMode.ADD_TO_QUEUE));
            return saved;
        });
    }

    private static PostStatus status(Post post, Revision revision) {
        if (revision.status() != null) {
            return revision.status();
        }
        boolean rescheduled = revision.placement() != null;
        return post.status() == PostStatus.ERROR && rescheduled ? PostStatus.SCHEDULED : post.status();
    }

    /**
     * The post with its new time (not yet saved); scheduled posts without a time join the end of the queue, and a
     * post already in the queue keeps its slot unless it is being moved.
     */
    private Post place(Tx tx, Channel channel, Post post, PostStatus status, Revision revision, boolean move) {
        Revision.Placement placement = revision.placement();
        if (placement == null && status == PostStatus.SCHEDULED && post.scheduledAt() == null) {
            placement = Revision.Placement.QUEUE_END;
        }
        if (placement == null || status != PostStatus.SCHEDULED && placement != Revision.Placement.AT) {
            return post;
        }
        Instant now = clock.instant();
        return switch (placement) {
            case NOW -> timed(post, now, false);
            case AT -> timed(post, revision.at(), false);
            case QUEUE_END, QUEUE_TOP -> {
                if (placement == Revision.Placement.QUEUE_END && post.queued() && post.status() == PostStatus.SCHEDULED
                        && !move) {
                    yield post;
                }
                tx.dialect().lockChannel(tx, channel.id());
                // out of the queue first, so the post does not count as ahead of itself
                tx.update("UPDATE posts SET scheduled_at = NULL WHERE id = ?", post.id());
                QueuePlacement queue = new QueuePlacement(tx, channel, now);
                yield timed(post, placement == Revision.Placement.QUEUE_TOP ? queue.topOfQueue() : queue.endOfQueue(),
                        true);
            }
        };
    }

    private static Post timed(Post post, Instant at, boolean queued) {
        return new Post(post.id(), post.organizationId(), post.channelId(), post.groupId(), post.status(),
                post.content(), at, queued, post.error(), post.remoteId(), post.externalUrl(), post.createdAt(),
                post.updatedAt(), post.sentAt(), post.attempts(), post.sentParts());
    }

    private Post save(Tx tx, Post post, PostStatus status, PostContent content) {
        Post changed = new Post(post.id(), post.organizationId(), post.channelId(), post.groupId(), status, content,
                post.scheduledAt(), post.queued(), status == PostStatus.ERROR ? post.error() : null, post.remoteId(),
                post.externalUrl(), post.createdAt(), clock.instant(), post.sentAt(), post.attempts(),
                post.sentParts());
        PostStore.update(tx, changed);
        return changed;
    }

    private static Post editable(Tx tx, Caller caller, String id) {
        Post post = PostStore.find(tx, caller.organizationIds(), id)
                .orElseThrow(() -> Refusal.notFound("Post " + id + " was not found."));
        if (!post.status().isEditable()) {
            throw Refusal.badInput("Post " + id + " is " + post.status().apiName() + " and can no longer be edited.");
        }
        return post;
    }

    private static Channel channel(Tx tx, Post post) {
        return ChannelStore.find(tx, List.of(post.organizationId()), List.of(post.channelId())).get(0);
    }
}
