package io.postline.api.buffer;

import static io.postline.api.Inputs.list;
import static io.postline.api.Inputs.map;
import static io.postline.api.Inputs.required;
import static io.postline.api.Inputs.string;

import graphql.schema.DataFetchingEnvironment;
import io.postline.Refusal;
import io.postline.account.Caller;
import io.postline.api.ApiContext;
import io.postline.api.Domain;
import io.postline.channel.Channel;
import io.postline.post.Media;
import io.postline.post.Post;
import io.postline.post.PostContent;
import io.postline.post.PostDetails;
import io.postline.post.PostStatus;
import io.postline.post.Revision;
import io.postline.post.ShareMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** editPost: omitted fields keep their value; mode, dueAt, saveToDraft and approvalChange move the post. */
final class EditPostMutation {
    private final Domain domain;

    EditPostMutation(Domain domain) {
        this.domain = domain;
    }

    Post edit(DataFetchingEnvironment env) {
        Map<String, Object> input = map(env.getArgument("input"));
        Caller caller = ApiContext.caller(env);
        String id = required(input, "id");
        Post post = domain.listing().byIds(caller, List.of(id)).get(id);
        if (post == null) {
            throw Refusal.notFound("Post " + id + " was not found.");
        }
        Channel channel = domain.channels().find(caller.organizationIds(), post.channelId()).orElseThrow();
        PostDetails current = domain.listing().details(caller, List.of(id)).getOrDefault(id, PostDetails.inferred(post));
        String text = input.containsKey("text") ? (string(input, "text") == null ? "" : string(input, "text")) : null;
        PostInputs.Assets assets = input.get("assets") == null ? null : PostInputs.assets(list(input.get("assets")));
        Map<String, Object> block = PostInputs.options(input, channel.service());
        PostInputs.Thread thread = PostInputs.thread(block, text, assets);
        Media media = assets == null ? null : assets.media();
        List<PostContent.Part> replies = null;
        if (thread != null) {
            text = thread.text();
            media = thread.media();
            replies = thread.replies();
        }
        ShareMode mode = input.get("mode") == null ? null : PostMutations.mode(string(input, "mode"));
        Instant dueAt = BufferTime.instant(string(input, "dueAt"));
        Revision.Placement placement = placement(mode, dueAt);
        PostDetails details = details(input, current, mode, block, assets, thread);
        return domain.features().revisions().revise(caller, id, new Revision(text, media, replies, placement, dueAt,
                status(input, post, mode), details, input.containsKey("tagIds")
                        ? (input.get("tagIds") == null ? List.of() : list(input.get("tagIds"))) : null));
    }

    private static Revision.Placement placement(ShareMode mode, Instant dueAt) {
        if (mode == null) {
            return dueAt == null ? null : Revision.Placement.AT;
        }
        return switch (mode) {
            case ADD_TO_QUEUE -> Revision.Placement.QUEUE_END;
            case SHARE_NEXT -> Revision.Placement.QUEUE_TOP;
            case SHARE_NOW -> Revision.Placement.NOW;
            case CUSTOM_SCHEDULED -> {
                if (dueAt == null) {
                    throw Refusal.badInput("dueAt is required with mode customScheduled.");
                }
                yield Revision.Placement.AT;
            }
        };
    }

    /** The status asked for: saveToDraft, approvalChange, or scheduling a draft by giving it a mode. */
    private static PostStatus status(Map<String, Object> input, Post post, ShareMode mode) {
        String approval = string(input, "approvalChange");
        if ("request".equals(approval)) {
            return PostStatus.NEEDS_APPROVAL;
        }
        if ("revert".equals(approval)) {
            return post.status() == PostStatus.NEEDS_APPROVAL ? PostStatus.DRAFT : null;
        }
        Object saveToDraft = input.get("saveToDraft");
        if (Boolean.TRUE.equals(saveToDraft)) {
            return PostStatus.DRAFT;
        }
        boolean unscheduled = post.status() == PostStatus.DRAFT || post.status() == PostStatus.ERROR;
        return unscheduled && (Boolean.FALSE.equals(saveToDraft) || mode != null) ? PostStatus.SCHEDULED : null;
    }

    private static PostDetails details(Map<String, Object> input, PostDetails current, ShareMode mode,
                                       Map<String, Object> block, PostInputs.Assets assets, PostInputs.Thread thread) {
        Map<String, Object> options = new LinkedHashMap<>(current.networkOptions());
        options.putAll(PostInputs.stored(block, assets));
        Map<String, Map<String, Object>> mediaOptions = new HashMap<>(assets == null ? current.mediaOptions()
                : assets.mediaOptions());
        if (thread != null) {
            mediaOptions.putAll(thread.mediaOptions());
        }
        String schedulingType = string(input, "schedulingType");
        boolean reminder = schedulingType == null ? current.reminder() : schedulingType.equals("notification");
        return new PostDetails(mode == null ? current.shareMode() : mode, reminder, options, mediaOptions,
                assets == null ? current.documents() : assets.documents(),
                input.containsKey("ideaId") ? string(input, "ideaId") : current.ideaId(),
                input.containsKey("source") ? string(input, "source") : current.source(),
                input.get("aiAssisted") == null ? current.aiAssisted() : Boolean.TRUE.equals(input.get("aiAssisted")));
    }
}
