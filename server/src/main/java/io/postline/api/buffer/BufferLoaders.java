package io.postline.api.buffer;

import io.postline.account.Caller;
import io.postline.api.ChannelLoader;
import io.postline.api.Domain;
import io.postline.post.PostDetails;
import io.postline.post.tag.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

/** What the posts of one answer load together: their channels, details and tags, one query each. */
final class BufferLoaders {
    static final String DETAILS = "postDetails";
    static final String TAGS = "postTags";

    private BufferLoaders() {}

    static DataLoaderRegistry create(Domain domain, Caller caller) {
        DataLoaderRegistry loaders = new DataLoaderRegistry();
        loaders.register(ChannelLoader.NAME, ChannelLoader.create(domain.channels(), caller));
        loaders.register(DETAILS, mapped(ids -> domain.listing().details(caller, ids)));
        loaders.register(TAGS, mapped(ids -> tags(domain, caller, ids)));
        return loaders;
    }

    private static Map<String, List<Tag>> tags(Domain domain, Caller caller, Set<String> postIds) {
        Map<String, List<String>> tagIds = domain.listing().tagIds(caller, postIds);
        Set<String> all = tagIds.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        Map<String, Tag> tags = domain.features().tags().byIds(caller.organizationIds(), all).stream()
                .collect(Collectors.toMap(Tag::id, Function.identity()));
        Map<String, List<Tag>> byPost = new HashMap<>();
        postIds.forEach(id -> byPost.put(id, tagIds.getOrDefault(id, List.of()).stream().map(tags::get)
                .filter(t -> t != null).sorted((a, b) -> a.name().compareTo(b.name())).toList()));
        return byPost;
    }

    private static <V> DataLoader<String, V> mapped(Function<Set<String>, Map<String, V>> load) {
        return DataLoaderFactory.newMappedDataLoader((Set<String> ids) ->
                CompletableFuture.supplyAsync(() -> load.apply(ids), Runnable::run));
    }

    static CompletableFuture<PostDetails> details(graphql.schema.DataFetchingEnvironment env,
                                                  io.postline.post.Post post) {
        DataLoader<String, PostDetails> loader = env.getDataLoader(DETAILS);
        return loader.load(post.id()).thenApply(d -> d != null ? d : PostDetails.inferred(post));
    }
}
