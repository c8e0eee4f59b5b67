package io.postline.api.buffer;

import static io.postline.api.Inputs.list;
import static io.postline.api.Inputs.map;
import static io.postline.api.Inputs.required;
import static io.postline.api.Inputs.string;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.postline.api.ApiContext;
import io.postline.api.Domain;
import io.postline.post.ListPosts;
import io.postline.post.idea.Idea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ideas: createIdea, the ideas connection, and idea groups (Postline has none yet). */
final class IdeaFields {
    private final Domain domain;

    IdeaFields(Domain domain) {
        this.domain = domain;
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", t -> t
                .dataFetcher("ideas", this::ideas)
                .dataFetcher("ideaGroups", env -> {
                    ApiContext.caller(env).organization(required(map(env.getArgument("input")), "organizationId"));
                    return List.of();
                }));
        wiring.type("Mutation", t -> t.dataFetcher("createIdea", env -> Payloads.run(Payloads.IDEA,
                () -> Typed.of("IdeaResponse", "idea", create(env), "refreshIdeas", false))));
        wiring.type("Idea", t -> t
                .dataFetcher("createdAt", env -> ((Idea) env.getSource()).createdAt().getEpochSecond())
                .dataFetcher("updatedAt", env -> ((Idea) env.getSource()).updatedAt().getEpochSecond()));
        wiring.type("IdeaContent", t -> t.dataFetcher("date",
                env -> BufferTime.normalized(((Idea.Content) env.getSource()).date())));
    }

    private Idea create(DataFetchingEnvironment env) {
        Map<String, Object> input = map(env.getArgument("input"));
        Map<String, Object> content = map(input.get("content"));
        List<Map<String, Object>> media = new ArrayList<>();
        List<Map<String, Object>> given = list(content.get("media"));
        for (int i = 0; given != null && i < given.size(); i++) {
            Map<String, Object> item = new HashMap<>(given.get(i));
            item.put("id", Integer.toString(i + 1));
            media.add(item);
        }
        Idea.Content idea = new Idea.Content(string(content, "title"), string(content, "text"), media,
                list(content.get("tags")), Boolean.TRUE.equals(content.get("aiAssisted")), list(content.get("services")),
                string(content, "date"));
        return domain.features().ideas().create(ApiContext.caller(env), required(input, "organizationId"), idea,
                string(map(input.get("group")), "groupId"));
    }

    private Map<String, Object> ideas(DataFetchingEnvironment env) {
        Map<String, Object> input = map(env.getArgument("input"));
        Integer first = env.getArgument("first");
        int size = Math.min(first == null ? ListPosts.DEFAULT_PAGE : Math.max(first, 1), ListPosts.MAX_PAGE);
        List<Idea> page = domain.features().ideas().page(ApiContext.caller(env), required(input, "organizationId"),
                env.getArgument("after"), size + 1);
        List<Map<String, Object>> edges = page.stream().limit(size)
                .map(idea -> Map.<String, Object>of("node", idea, "cursor", idea.id())).toList();
        return PostQueries.connection(edges, page.size() > size);
    }
}
