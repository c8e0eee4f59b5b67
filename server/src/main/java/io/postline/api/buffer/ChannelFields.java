package io.postline.api.buffer;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.postline.Refusal;
import io.postline.api.ApiContext;
import io.postline.api.Domain;
import io.postline.api.Inputs;
import io.postline.channel.Channel;
import io.postline.channel.PinterestBoard;
import io.postline.post.PostValidation;
import io.postline.post.rules.ContentRules;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Channels as Buffer shows them: filters, posting schedules, per-network metadata, daily posting limits. */
final class ChannelFields {
    /** A channel connected this recently is new, as Buffer says. */
    static final Duration NEW_FOR = Duration.ofSeconds(10);
    private static final List<String> ACTIONS = List.of("viewChannel", "readUpdates", "viewPublish", "manageUpdates",
            "scheduleUpdates", "managePostingSchedule");

    private final Domain domain;
    private final Clock clock;

    ChannelFields(Domain domain, Clock clock) {
        this.domain = domain;
        this.clock = clock;
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", t -> t
                .dataFetcher("channels", this::channels)
                .dataFetcher("channel", this::find)
                .dataFetcher("dailyPostingLimits", this::dailyLimits));
        wiring.type("Channel", t -> t
                .dataFetcher("service", env -> source(env).service().apiName())
                .dataFetcher("timezone", env -> source(env).timezone().getId())
                .dataFetcher("displayName", env -> source(env).name())
                .dataFetcher("descriptor", env -> source(env).service().displayName() + " "
                        + capitalized(type(source(env))))
                .dataFetcher("type", env -> type(source(env)))
                .dataFetcher("avatar", env -> "")
                .dataFetcher("createdAt", env -> BufferTime.format(source(env).createdAt()))
                .dataFetcher("updatedAt", env -> BufferTime.format(source(env).createdAt()))
                .dataFetcher("isDisconnected", env -> false)
                .dataFetcher("isLocked", env -> false)
                .dataFetcher("isNew", env -> source(env).createdAt().plus(NEW_FOR).isAfter(clock.instant()))
                .dataFetcher("isQueuePaused", env -> !source(env).postingSchedule().hasActiveSlot())
                .dataFetcher("allowedActions", env -> ACTIONS)
                .dataFetcher("scopes", env -> List.of())
                .dataFetcher("products", env -> List.of("publish"))
                .dataFetcher("postingSchedule", env -> source(env).postingSchedule().days())
                .dataFetcher("metadata", env -> metadata(source(env)))
                .dataFetcher("linkShortening", env -> Map.of("isEnabled", false))
                .dataFetcher("hasActiveMemberDevice", env -> false)
                .dataFetcher("showTrendingTopicSuggestions", env -> false));
    }

    private List<Channel> channels(DataFetchingEnvironment env) {
        Map<String, Object> input = Inputs.map(env.getArgument("input"));
        Map<String, Object> filter = Inputs.map(input.get("filter"));
        String organization = ApiContext.caller(env).organization(Inputs.required(input, "organizationId"));
        boolean lockedOnly = Boolean.TRUE.equals(filter.get("isLocked"));
        String product = Inputs.string(filter, "product");
        boolean publishing = product == null || product.equals("publish") || product.equals("buffer");
        return lockedOnly || !publishing ? List.of() : domain.channels().list(organization);
    }

    private Channel find(DataFetchingEnvironment env) {
        String id = Inputs.required(Inputs.map(env.getArgument("input")), "id");
        return domain.channels().find(ApiContext.caller(env).organizationIds(), id)
                .orElseThrow(() -> Refusal.notFound("Channel " + id + " was not found."));
    }

    private Object dailyLimits(DataFetchingEnvironment env) {
        Map<String, Object> input = Inputs.map(env.getArgument("input"));
        List<String> ids = Inputs.list(input.get("channelIds"));
        return domain.features().dailyLimits().of(ApiContext.caller(env), ids,
                BufferTime.day(Inputs.string(input, "date")));
    }

    /** Buffer's ChannelType for a channel's kind of account. */
    static String type(Channel channel) {
        return switch (channel.serviceType()) {
            case "page", "profile", "business", "group", "account", "channel" -> channel.serviceType();
            case "location" -> "business";
            default -> "profile";
        };
    }

    private static Map<String, Object> metadata(Channel channel) {
        Map<String, String> settings = channel.settings();
        return switch (channel.service()) {
            case INSTAGRAM -> Typed.of("InstagramMetadata", "defaultToReminders", false);
            case TIKTOK -> Typed.of("TiktokMetadata", "defaultToReminders", false);
            case YOUTUBE -> Typed.of("YoutubeMetadata", "defaultToReminders", false);
            case PINTEREST -> Typed.of("PinterestMetadata", "boards", PinterestBoard.of(channel));
            case MASTODON -> Typed.of("MastodonMetadata", "serverUrl", settings.getOrDefault("serverUrl",
                            settings.getOrDefault("instanceUrl", "https://mastodon.social")),
                    "maxCharacters", Integer.parseInt(settings.getOrDefault(PostValidation.TEXT_LIMIT_SETTING,
                            Integer.toString(new ContentRules().textLimit(channel.service())))));
            case BLUESKY -> Typed.of("BlueskyMetadata", "serverUrl", settings.getOrDefault("serverUrl",
                    settings.getOrDefault("serviceUrl", "https://bsky.social")));
            case GOOGLEBUSINESS -> Typed.of("GoogleBusinessMetadata", "locationData", null);
            case FACEBOOK -> Typed.of("FacebookMetadata", "locationData", null);
            case TWITTER -> Typed.of("TwitterMetadata", "subscriptionType", settings.get("subscriptionType"));
            case LINKEDIN -> Typed.of("LinkedInMetadata", "shouldShowLinkedinAnalyticsRefreshBanner", false);
            case THREADS -> null;
        };
    }

    private static Channel source(DataFetchingEnvironment env) {
        return env.getSource();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
