package io.postline.api.buffer;

import static io.postline.api.Inputs.flag;
import static io.postline.api.Inputs.list;
import static io.postline.api.Inputs.map;
import static io.postline.api.Inputs.required;
import static io.postline.api.Inputs.string;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.postline.Refusal;
import io.postline.account.Caller;
import io.postline.api.ApiContext;
import io.postline.api.Domain;
import io.postline.channel.Channel;
import io.postline.post.NewPost;
import io.postline.post.Post;
import io.postline.post.PostContent;
import io.postline.post.PostDetails;
import io.postline.post.PostResult;
import io.postline.post.PostStatus;
import io.postline.post.ShareMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** createPost and deletePost: one channel per post; refusals answer as typed errors. */
final class PostMutations {
    private final Domain domain;

    PostMutations(Domain domain) {
        this.domain = domain;
    }

    void wire(RuntimeWiring.Builder wiring) {
        EditPostMutation edit = new EditPostMutation(domain);
        wiring.type("Mutation", t -> t
                .dataFetcher("createPost", env -> Payloads.run(Payloads.POST_ACTION, () -> success(create(env))))
                .dataFetcher("editPost", env -> Payloads.run(Payloads.POST_ACTION, () -> success(edit.edit(env))))
                .dataFetcher("deletePost", env -> Payloads.run(Payloads.VOID, () -> Typed.of("DeletePostSuccess",
                        "id", domain.edits().delete(ApiContext.caller(env), id(env)))))
                .dataFetcher("movePostInQueue", env -> Payloads.run(Payloads.VOID, () -> success(
                        domain.features().revisions().move(ApiContext.caller(env), id(env),
                                "top".equals(string(map(env.getArgument("input")), "position")))))));
    }

    static Map<String, Object> success(Post post) {
        return Typed.of("PostActionSuccess", "post", post);
    }

    private Post create(DataFetchingEnvironment env) {
        Map<String, Object> input = map(env.getArgument("input"));
        Caller caller = ApiContext.caller(env);
        Channel channel = channel(caller, required(input, "channelId"));
        ShareMode mode = mode(required(input, "mode"));
        Instant dueAt = BufferTime.instant(string(input, "dueAt"));
        if (mode == ShareMode.CUSTOM_SCHEDULED && dueAt == null) {
            throw Refusal.badInput("dueAt is required with mode customScheduled.");
        }
        PostStatus status = status(input);
        Map<String, Object> options = PostInputs.options(input, channel.service());
        PostInputs.Assets assets = PostInputs.assets(list(input.get("assets")));
        PostInputs.Thread thread = PostInputs.thread(options, string(input, "text"), assets);
        PostContent content = thread == null ? new PostContent(string(input, "text"), assets.media())
                : new PostContent(thread.text(), thread.media(), thread.replies());
        Map<String, Map<String, Object>> mediaOptions = new java.util.HashMap<>(assets.mediaOptions());
        if (thread != null) {
            mediaOptions.putAll(thread.mediaOptions());
        }
        PostDetails details = new PostDetails(mode, "notification".equals(string(input, "schedulingType")),
                PostInputs.stored(options, assets), mediaOptions, assets.documents(), string(input, "ideaId"),
                string(input, "source"), flag(input, "aiAssisted"));
        NewPost request = new NewPost(channel.organizationId(), List.of(channel.id()), content,
                mode == ShareMode.CUSTOM_SCHEDULED ? dueAt : null, status,
                mode == ShareMode.SHARE_NEXT && status == PostStatus.SCHEDULED, details, list(input.get("tagIds")));
        return ((PostResult.Single) domain.creates().create(caller, request)).post();
    }

    private static PostStatus status(Map<String, Object> input) {
        Object saveToDraft = input.get("saveToDraft");
        boolean needsApproval = flag(input, "needsApproval");
        if (needsApproval && Boolean.FALSE.equals(saveToDraft)) {
            throw Refusal.badInput("needsApproval submits the post as a draft for approval, so saveToDraft cannot be"
                    + " false with it.");
        }
        if (needsApproval) {
            return PostStatus.NEEDS_APPROVAL;
        }
        return Boolean.TRUE.equals(saveToDraft) ? PostStatus.DRAFT : PostStatus.SCHEDULED;
    }

    Channel channel(Caller caller, String channelId) {
        return domain.channels().find(caller.organizationIds(), channelId)
                .orElseThrow(() -> Refusal.notFound("Channel not found: " + channelId
                        + " is not a channel of this account."));
    }

    static ShareMode mode(String name) {
        return ShareMode.fromApiName(name).orElseThrow(() -> Refusal.badInput("Unknown mode " + name + "."));
    }

    private static String id(DataFetchingEnvironment env) {
        return required(map(env.getArgument("input")), "id");
    }
}
