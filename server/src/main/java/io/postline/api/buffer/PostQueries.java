package io.postline.api.buffer;

import static io.postline.api.Inputs.list;
import static io.postline.api.Inputs.map;
import static io.postline.api.Inputs.required;
import static io.postline.api.Inputs.string;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.postline.Refusal;
import io.postline.api.ApiContext;
import io.postline.api.Domain;
import io.postline.post.Post;
import io.postline.post.PostPage;
import io.postline.post.PostSearch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** posts (every filter, multi-key sort, Relay pages) and post. */
final class PostQueries {
    private final Domain domain;

    PostQueries(Domain domain) {
        this.domain = domain;
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", t -> t
                .dataFetcher("posts", this::posts)
                .dataFetcher("post", this::post));
    }

    private Map<String, Object> posts(DataFetchingEnvironment env) {
        Map<String, Object> input = map(env.getArgument("input"));
        PostPage page = domain.features().search().page(ApiContext.caller(env), required(input, "organizationId"),
                search(input), env.getArgument("first"), env.getArgument("after"));
        return connection(page.entries().stream().map(e -> Map.<String, Object>of("node", e.post(),
                "cursor", e.cursor())).toList(), page.hasNextPage());
    }

    /** A Relay connection as Buffer answers it: forward only, so hasPreviousPage is false. */
    static Map<String, Object> connection(List<Map<String, Object>> edges, boolean hasNextPage) {
        Map<String, Object> pageInfo = new HashMap<>();
        pageInfo.put("startCursor", edges.isEmpty() ? null : edges.get(0).get("cursor"));
        pageInfo.put("endCursor", edges.isEmpty() ? null : edges.get(edges.size() - 1).get("cursor"));
        pageInfo.put("hasPreviousPage", false);
        pageInfo.put("hasNextPage", hasNextPage);
        return Map.of("edges", edges, "pageInfo", pageInfo);
    }

    private static PostSearch search(Map<String, Object> input) {
        Map<String, Object> filter = map(input.get("filter"));
        List<String> statuses = list(filter.get("status"));
        Map<String, Object> tags = map(filter.get("tags"));
        List<String> tagIds = tags.isEmpty() ? list(filter.get("tagIds")) : list(tags.get("in"));
        PostSearch.Range dueAt = range(map(filter.get("dueAt")));
        if (filter.get("dueAt") == null && (filter.get("startDate") != null || filter.get("endDate") != null)) {
            dueAt = new PostSearch.Range(BufferTime.instant(string(filter, "startDate")),
                    BufferTime.instant(string(filter, "endDate")));
        }
        String presence = string(filter, "dueAtPresence");
        List<Map<String, Object>> sort = list(input.get("sort"));
        return new PostSearch(
                statuses == null ? null : statuses.stream().map(PostFields::status).toList(),
                list(filter.get("channelIds")), tagIds, Boolean.TRUE.equals(tags.get("isEmpty")),
                dueAt, range(map(filter.get("createdAt"))),
                presence == null ? null : presence.equals("present"),
                sort == null ? null : sort.stream().map(s -> new PostSearch.Sort(
                        "createdAt".equals(s.get("field")) ? PostSearch.Key.CREATED_AT : PostSearch.Key.DUE_AT,
                        "desc".equals(s.get("direction")))).toList());
    }

    private static PostSearch.Range range(Map<String, Object> comparator) {
        return new PostSearch.Range(BufferTime.instant(string(comparator, "start")),
                BufferTime.instant(string(comparator, "end")));
    }

    private Post post(DataFetchingEnvironment env) {
        String id = required(map(env.getArgument("input")), "id");
        Post post = domain.listing().byIds(ApiContext.caller(env), List.of(id)).get(id);
        if (post == null) {
            throw Refusal.notFound("Post " + id + " was not found.");
        }
        return post;
    }
}
