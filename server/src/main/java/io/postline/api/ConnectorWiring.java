package io.postline.api;

import static io.postline.api.Inputs.flag;
import static io.postline.api.Inputs.integer;
import static io.postline.api.Inputs.list;
import static io.postline.api.Inputs.map;
import static io.postline.api.Inputs.required;
import static io.postline.api.Inputs.string;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import io.postline.Refusal;
import io.postline.account.Caller;
import io.postline.channel.Channel;
import io.postline.post.NewPost;
import io.postline.post.Post;
import io.postline.post.PostChange;
import io.postline.post.PostContent;
import io.postline.post.PostFilter;
import io.postline.post.PostGroup;
import io.postline.post.PostResult;
import io.postline.post.PostStatus;
import io.postline.publish.ConnectChannel;
import io.postline.queue.PostingSchedule;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Wires the connector dialect's SDL to the domain. */
final class ConnectorWiring {
    private final Domain domain;

    ConnectorWiring(Domain domain) {
        this.domain = domain;
    }

    RuntimeWiring wiring() {
        return RuntimeWiring.newRuntimeWiring()
                .type(TypeRuntimeWiring.newTypeWiring("Query")
                        .dataFetcher("account", env -> ApiContext.caller(env).account())
                        .dataFetcher("channels", this::channels)
                        .dataFetcher("channel", this::channel)
                        .dataFetcher("posts", this::posts)
                        .dataFetcher("post", this::post)
                        .dataFetcher("deliveries", this::deliveries))
                .type(TypeRuntimeWiring.newTypeWiring("Mutation")
                        .dataFetcher("createPost", this::createPost)
                        .dataFetcher("updatePost", this::updatePost)
                        .dataFetcher("deletePost", env -> Map.of("id",
                                domain.edits().delete(ApiContext.caller(env), postId(env))))
                        .dataFetcher("sharePostNow", env -> unwrap(domain.edits().shareNow(ApiContext.caller(env), postId(env))))
                        .dataFetcher("approvePost", env -> unwrap(domain.edits().approve(ApiContext.caller(env), postId(env))))
                        .dataFetcher("rejectPost", env -> unwrap(domain.edits().reject(ApiContext.caller(env), postId(env))))
                        .dataFetcher("updatePostingSchedule", this::updatePostingSchedule)
                        .dataFetcher("connectChannel", this::connectChannel)
                        .dataFetcher("disconnectChannel", env -> domain.connections().disconnect(
                                ApiContext.caller(env), required(map(env.getArgument("input")), "channelId"))))
                .type(TypeRuntimeWiring.newTypeWiring("Account")
                        .dataFetcher("organizations", env -> domain.accounts().organizations(
                                ((io.postline.account.Account) env.getSource()).id())))
                .type(TypeRuntimeWiring.newTypeWiring("Channel")
                        .dataFetcher("service", env -> this.<Channel>source(env).service().apiName())
                        .dataFetcher("timezone", env -> this.<Channel>source(env).timezone().getId())
                        .dataFetcher("postingSchedule", env -> this.<Channel>source(env).postingSchedule().days()))
                .type(TypeRuntimeWiring.newTypeWiring("PostResult").typeResolver(env ->
                        env.getSchema().getObjectType(env.getObject() instanceof PostGroup ? "PostGroup" : "Post")))
                .type(postType())
                .type(TypeRuntimeWiring.newTypeWiring("PostGroup")
                        .dataFetcher("status", env -> this.<PostGroup>source(env).status().apiName())
                        .dataFetcher("scheduledAt", env -> Timestamps.format(this.<PostGroup>source(env).scheduledAt()))
                        .dataFetcher("createdAt", env -> Timestamps.format(this.<PostGroup>source(env).createdAt())))
                .type(TypeRuntimeWiring.newTypeWiring("Delivery")
                        .dataFetcher("id", env -> String.valueOf(this.<io.postline.publish.sandbox.Delivery>source(env).id()))
                        .dataFetcher("deliveredAt", env -> Timestamps.format(
                                this.<io.postline.publish.sandbox.Delivery>source(env).deliveredAt())))
                .build();
    }

    private TypeRuntimeWiring.Builder postType() {
        return TypeRuntimeWiring.newTypeWiring("Post")
                .dataFetcher("status", env -> this.<Post>source(env).status().apiName())
                .dataFetcher("text", env -> this.<Post>source(env).text())
                .dataFetcher("scheduledAt", env -> Timestamps.format(this.<Post>source(env).scheduledAt()))
                .dataFetcher("createdAt", env -> Timestamps.format(this.<Post>source(env).createdAt()))
                .dataFetcher("updatedAt", env -> Timestamps.format(this.<Post>source(env).updatedAt()))
                .dataFetcher("sentAt", env -> Timestamps.format(this.<Post>source(env).sentAt()))
                .dataFetcher("media", env -> this.<Post>source(env).media())
                .dataFetcher("thread", env -> this.<Post>source(env).content().thread())
                .dataFetcher("channel", (DataFetcher<CompletableFuture<Channel>>) env ->
                        env.<String, Channel>getDataLoader(ChannelLoader.NAME).load(this.<Post>source(env).channelId()));
    }

    private List<Channel> channels(DataFetchingEnvironment env) {
        Caller caller = ApiContext.caller(env);
        String organizationId = required(map(env.getArgument("input")), "organizationId");
        return domain.channels().list(caller.organization(organizationId));
    }

    private Channel channel(DataFetchingEnvironment env) {
        String channelId = required(map(env.getArgument("input")), "channelId");
        return domain.channels().find(ApiContext.caller(env).organizationIds(), channelId)
                .orElseThrow(() -> Refusal.notFound("Channel " + channelId + " was not found."));
    }

    private Map<String, Object> posts(DataFetchingEnvironment env) {
        Map<String, Object> input = map(env.getArgument("input"));
        List<String> statuses = list(input.get("status"));
        PostFilter filter = new PostFilter(
                statuses == null ? null : statuses.stream().map(s -> PostStatus.fromApiName(s).orElseThrow()).toList(),
                list(input.get("channelIds")));
        var page = domain.listing().page(ApiContext.caller(env), required(input, "organizationId"), filter,
                integer(input, "first"), string(input, "after"));
        return Map.of(
                "edges", page.entries().stream().map(e -> Map.of("node", e.post(), "cursor", e.cursor())).toList(),
                "pageInfo", pageInfo(page.hasNextPage(), page.endCursor()));
    }

    private static Map<String, Object> pageInfo(boolean hasNextPage, String endCursor) {
        var info = new java.util.HashMap<String, Object>();
        info.put("hasNextPage", hasNextPage);
        info.put("endCursor", endCursor);
        return info;
    }

    private Post post(DataFetchingEnvironment env) {
        String id = postId(env);
        Post post = domain.listing().byIds(ApiContext.caller(env), List.of(id)).get(id);
        if (post == null) {
            throw Refusal.notFound("Post " + id + " was not found.");
        }
        return post;
    }

    private Object deliveries(DataFetchingEnvironment env) {
        Map<String, Object> input = map(env.getArgument("input"));
        String organizationId = ApiContext.caller(env).organization(required(input, "organizationId"));
        Integer first = integer(input, "first");
        return domain.deliveries().list(organizationId, string(input, "channelId"), string(input, "postId"),
                first == null ? 20 : first);
    }

    private Object createPost(DataFetchingEnvironment env) {
        Map<String, Object> input = map(env.getArgument("input"));
        String status = string(input, "status");
        NewPost request = new NewPost(required(input, "organizationId"), list(input.get("channelIds")),
                new PostContent(string(input, "text"), Inputs.media(input.get("media")), Inputs.thread(input.get("thread"))),
                Timestamps.parse("scheduledAt", string(input, "scheduledAt")),
                status == null ? PostStatus.SCHEDULED : PostStatus.fromApiName(status).orElseThrow(),
                flag(input, "shareNext"));
        return unwrap(domain.creates().create(ApiContext.caller(env), request));
    }

    private Object updatePost(DataFetchingEnvironment env) {
        Map<String, Object> input = map(env.getArgument("input"));
        PostChange change = new PostChange(string(input, "text"),
                Timestamps.parse("scheduledAt", string(input, "scheduledAt")), Inputs.media(input.get("media")));
        return unwrap(domain.edits().update(ApiContext.caller(env), required(input, "postId"), change));
    }

    private Channel updatePostingSchedule(DataFetchingEnvironment env) {
        Map<String, Object> input = map(env.getArgument("input"));
        Caller caller = ApiContext.caller(env);
        String channelId = required(input, "channelId");
        Channel channel = domain.channels().find(caller.organizationIds(), channelId)
                .orElseThrow(() -> Refusal.notFound("Channel " + channelId + " was not found."));
        List<Map<String, Object>> days = list(input.get("days"));
        return domain.channels().updateSchedule(channel.organizationId(), channelId, string(input, "timezone"),
                days == null ? null : days.stream().map(d -> new PostingSchedule.Day(string(d, "day"),
                        list(d.get("times")), flag(d, "paused"))).toList());
    }

    private Channel connectChannel(DataFetchingEnvironment env) {
        Map<String, Object> input = map(env.getArgument("input"));
        List<Map<String, Object>> pairs = list(input.get("credentials"));
        Map<String, String> credentials = new java.util.LinkedHashMap<>();
        if (pairs != null) {
            pairs.forEach(p -> credentials.put(string(p, "key"), string(p, "value")));
        }
        return domain.connections().connect(ApiContext.caller(env), required(input, "organizationId"),
                new ConnectChannel.Request(io.postline.channel.Service.fromApiName(string(input, "service")).orElseThrow(),
                        string(input, "publisher"), string(input, "name"), string(input, "timezone"), credentials));
    }

    private static String postId(DataFetchingEnvironment env) {
        return required(map(env.getArgument("input")), "postId");
    }

    static Object unwrap(PostResult result) {
        return result instanceof PostResult.Group group ? group.group() : ((PostResult.Single) result).post();
    }

    @SuppressWarnings("unchecked")
    private <T> T source(DataFetchingEnvironment env) {
        return (T) env.getSource();
    }
}
