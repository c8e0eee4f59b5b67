package io.postline.api.buffer;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.postline.account.Account;
import io.postline.account.Caller;
import io.postline.account.Organization;
import io.postline.api.ApiContext;
import io.postline.api.Domain;
import io.postline.api.Inputs;
import io.postline.post.idea.IdeaStore;
import io.postline.post.tag.TagStore;
import java.util.List;
import java.util.Map;

/** The key's account and its organizations, with the limits Postline enforces. */
final class AccountFields {
    /** What Postline allows an organization; counts Postline does not limit answer a large number. */
    static final Map<String, Object> LIMITS = Map.ofEntries(
            Map.entry("channels", 1000), Map.entry("members", 1), Map.entry("scheduledPosts", 100_000),
            Map.entry("scheduledThreadsPerChannel", 10_000), Map.entry("scheduledStoriesPerChannel", 10_000),
            Map.entry("generateContent", 0), Map.entry("tags", TagStore.MAX_TAGS_PER_ORGANIZATION),
            Map.entry("ideas", IdeaStore.MAX_IDEAS_PER_ORGANIZATION), Map.entry("ideaGroups", 0),
            Map.entry("savedReplies", 0), Map.entry("postTemplates", 0));

    private final Domain domain;

    AccountFields(Domain domain) {
        this.domain = domain;
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", t -> t.dataFetcher("account", env -> ApiContext.caller(env).account()));
        wiring.type("Account", t -> t
                .dataFetcher("organizations", this::organizations)
                .dataFetcher("avatar", env -> "")
                .dataFetcher("createdAt", env -> BufferTime.format(((Account) env.getSource()).createdAt()))
                .dataFetcher("preferences", env -> Map.of("timeFormat", "24h", "startOfWeek", "monday",
                        "defaultScheduleOption", "Queue"))
                .dataFetcher("connectedApps", env -> List.of()));
        wiring.type("Organization", t -> t
                .dataFetcher("ownerEmail", env -> ApiContext.caller(env).account().email())
                .dataFetcher("channelCount", env -> domain.channels().list(((Organization) env.getSource()).id()).size())
                .dataFetcher("limits", env -> LIMITS)
                .dataFetcher("members", env -> Map.of("totalCount", 1))
                .dataFetcher("shouldEnforce2FASetup", env -> false));
    }

    private List<Organization> organizations(DataFetchingEnvironment env) {
        Caller caller = ApiContext.caller(env);
        String only = Inputs.string(Inputs.map(env.getArgument("filter")), "organizationId");
        return domain.accounts().organizations(caller.account().id()).stream()
                .filter(o -> only == null || o.id().equals(only)).toList();
    }
}
