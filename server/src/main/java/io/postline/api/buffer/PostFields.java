package io.postline.api.buffer;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.postline.account.Account;
import io.postline.api.ApiContext;
import io.postline.api.ChannelLoader;
import io.postline.channel.Channel;
import io.postline.post.Post;
import io.postline.post.PostDetails;
import io.postline.post.PostStatus;
import io.postline.post.ShareMode;
import io.postline.post.tag.Tag;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dataloader.DataLoader;

/** The Post type as Buffer shows it, over Postline's post, its channel, details and tags. */
final class PostFields {
    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Post", t -> t
                .dataFetcher("status", env -> status(post(env).status()))
                .dataFetcher("text", env -> post(env).text())
                .dataFetcher("via", env -> "buffer")
                .dataFetcher("dueAt", env -> BufferTime.format(post(env).scheduledAt()))
                .dataFetcher("sentAt", env -> BufferTime.format(post(env).sentAt()))
                .dataFetcher("createdAt", env -> BufferTime.format(post(env).createdAt()))
                .dataFetcher("updatedAt", env -> BufferTime.format(post(env).updatedAt()))
                .dataFetcher("externalLink", env -> post(env).externalUrl())
                .dataFetcher("channel", env -> channel(env))
                .dataFetcher("channelService", env -> channel(env).thenApply(c -> c.service().apiName()))
                .dataFetcher("author", PostFields::author)
                .dataFetcher("error", env -> post(env).status() == PostStatus.ERROR && post(env).error() != null
                        ? Map.of("message", post(env).error()) : null)
                .dataFetcher("notes", env -> List.of())
                .dataFetcher("metrics", env -> post(env).status() == PostStatus.SENT ? List.of() : null)
                .dataFetcher("allowedActions", env -> PostActions.of(post(env).status()))
                .dataFetcher("tags", (DataFetcher<CompletableFuture<List<Tag>>>) env ->
                        env.<String, List<Tag>>getDataLoader(BufferLoaders.TAGS).load(post(env).id()))
                .dataFetcher("shareMode", withDetails(d -> d.shareMode().apiName()))
                .dataFetcher("sharedNow", withDetails(d -> d.shareMode() == ShareMode.SHARE_NOW))
                .dataFetcher("isCustomScheduled", withDetails(d -> d.shareMode() == ShareMode.CUSTOM_SCHEDULED))
                .dataFetcher("schedulingType", withDetails(d -> d.reminder() ? "notification" : "automatic"))
                .dataFetcher("ideaId", withDetails(PostDetails::ideaId))
                .dataFetcher("assets", env -> BufferLoaders.details(env, post(env))
                        .thenApply(d -> PostMetadataView.assets(post(env).media(), d)))
                .dataFetcher("metadata", env -> BufferLoaders.details(env, post(env)).thenCombine(channel(env),
                        (details, channel) -> PostMetadataView.metadata(post(env), channel, details))));
        wiring.type("Tag", t -> t
                .dataFetcher("colorName", env -> ((Tag) env.getSource()).colorName())
                .dataFetcher("isLocked", env -> false));
    }

    /** Buffer's spelling of a status. */
    static String status(PostStatus status) {
        return status == PostStatus.NEEDS_APPROVAL ? "needs_approval" : status.apiName();
    }

    static PostStatus status(String bufferName) {
        return "needs_approval".equals(bufferName) ? PostStatus.NEEDS_APPROVAL
                : PostStatus.fromApiName(bufferName).orElseThrow();
    }

    private static DataFetcher<CompletableFuture<Object>> withDetails(Function<PostDetails, Object> read) {
        return env -> BufferLoaders.details(env, post(env)).thenApply(read);
    }

    private static CompletableFuture<Channel> channel(DataFetchingEnvironment env) {
        DataLoader<String, Channel> loader = env.getDataLoader(ChannelLoader.NAME);
        return loader.load(post(env).channelId());
    }

    private static Map<String, Object> author(DataFetchingEnvironment env) {
        Account account = ApiContext.caller(env).account();
        return Map.of("id", account.id(), "email", account.email(), "avatar", "", "isDeleted", false,
                "name", account.name());
    }

    static Post post(DataFetchingEnvironment env) {
        return env.getSource();
    }
}
