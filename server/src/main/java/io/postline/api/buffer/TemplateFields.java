package io.postline.api.buffer;

import static io.postline.api.Inputs.list;
import static io.postline.api.Inputs.map;
import static io.postline.api.Inputs.required;
import static io.postline.api.Inputs.string;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.postline.account.Caller;
import io.postline.api.ApiContext;
import io.postline.api.Domain;
import io.postline.post.PostPage;
import io.postline.post.PostSearch;
import io.postline.post.PostStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What Buffer marks experimental and Postline does not keep yet: post templates (none; creating one is refused)
 * and post metrics (counts of sent posts; networks' engagement numbers are not collected).
 */
final class TemplateFields {
    static final String NO_TEMPLATES = "Postline does not keep post templates yet.";

    private final Domain domain;

    TemplateFields(Domain domain) {
        this.domain = domain;
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", t -> t
                .dataFetcher("postTemplate", env -> null)
                .dataFetcher("postTemplates", env -> {
                    ApiContext.caller(env).organization(required(map(env.getArgument("input")), "organizationId"));
                    Map<String, Object> connection = new HashMap<>(PostQueries.connection(List.of(), false));
                    connection.put("totalCount", 0);
                    return connection;
                })
                .dataFetcher("aggregatedPostMetrics", this::metrics));
        wiring.type("Mutation", t -> t
                .dataFetcher("createPostTemplate", env -> Typed.of("VoidMutationError", "message", NO_TEMPLATES))
                .dataFetcher("updatePostTemplate", env -> Typed.of("VoidMutationError", "message", NO_TEMPLATES))
                .dataFetcher("deletePostTemplate", env -> Typed.of("VoidMutationError", "message", NO_TEMPLATES)));
    }

    private Map<String, Object> metrics(DataFetchingEnvironment env) {
        Map<String, Object> input = map(env.getArgument("input"));
        Caller caller = ApiContext.caller(env);
        PostSearch search = new PostSearch(List.of(PostStatus.SENT), list(input.get("channelIds")), null, false,
                new PostSearch.Range(BufferTime.instant(string(input, "startDateTime")),
                        BufferTime.instant(string(input, "endDateTime"))), null, null, null);
        int count = 0;
        String after = null;
        for (int pages = 0; pages < 1000; pages++) {
            PostPage page = domain.features().search().page(caller, required(input, "organizationId"), search, 100,
                    after);
            count += page.entries().size();
            if (!page.hasNextPage()) {
                break;
            }
            after = page.endCursor();
        }
        return Map.of("metrics", List.of(metric("postCount", "Posts", "Posts sent", count),
                metric("reactions", "Reactions", "Not collected by Postline", 0),
                metric("comments", "Comments", "Not collected by Postline", 0)));
    }

    private static Map<String, Object> metric(String type, String name, String description, double value) {
        return Map.of("type", type, "name", name, "description", description, "value", value, "unit", "count");
    }
}
