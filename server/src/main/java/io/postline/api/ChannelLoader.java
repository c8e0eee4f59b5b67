package io.postline.api;

import io.postline.account.Caller;
import io.postline.channel.Channel;
import io.postline.channel.ChannelStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;

/** Loads the channels of all posts on a page in one query. */
public final class ChannelLoader {
    public static final String NAME = "channels";

    private ChannelLoader() {}

    public static DataLoader<String, Channel> create(ChannelStore channels, Caller caller) {
        return DataLoaderFactory.newMappedDataLoader((java.util.Set<String> ids) -> CompletableFuture.supplyAsync(() -> {
            Map<String, Channel> found = channels.find(caller.organizationIds(), List.copyOf(ids)).stream()
                    .collect(Collectors.toMap(Channel::id, Function.identity()));
            return found;
        }, Runnable::run));
    }
}
