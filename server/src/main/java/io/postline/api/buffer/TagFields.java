package io.postline.api.buffer;

import static io.postline.api.Inputs.map;
import static io.postline.api.Inputs.required;
import static io.postline.api.Inputs.string;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.postline.Refusal;
import io.postline.account.Caller;
import io.postline.api.ApiContext;
import io.postline.api.Domain;
import io.postline.post.tag.Tag;
import io.postline.post.tag.TagStore;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Buffer's tag API: tagsV2 (by name, at most 100 a page), tag, createTag, updateTag, deleteTag. */
final class TagFields {
    static final int MAX_PAGE = 100;

    private final Domain domain;

    TagFields(Domain domain) {
        this.domain = domain;
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", t -> t
                .dataFetcher("tagsV2", this::tags)
                .dataFetcher("tag", env -> {
                    String id = required(map(env.getArgument("input")), "id");
                    return tags().find(ApiContext.caller(env), id)
                            .orElseThrow(() -> Refusal.notFound("Tag " + id + " was not found."));
                }));
        wiring.type("Mutation", t -> t
                .dataFetcher("createTag", env -> Payloads.run(Payloads.CREATE_TAG, () -> {
                    Map<String, Object> input = map(env.getArgument("input"));
                    Map<String, Object> tag = map(input.get("tag"));
                    return success(tags().create(ApiContext.caller(env), required(input, "organizationId"),
                            string(tag, "name"), string(tag, "color")));
                }))
                .dataFetcher("updateTag", env -> Payloads.run(Payloads.UPDATE_TAG, () -> {
                    Map<String, Object> input = map(env.getArgument("input"));
                    Map<String, Object> tag = map(input.get("tag"));
                    return success(tags().update(ApiContext.caller(env), required(input, "id"),
                            string(tag, "name"), string(tag, "color")));
                }))
                .dataFetcher("deleteTag", env -> Payloads.run(Payloads.DELETE_TAG, () -> Typed.of(
                        "DeleteTagActionSuccess", "id", tags().delete(ApiContext.caller(env),
                                required(map(env.getArgument("input")), "id"))))));
    }

    private Map<String, Object> tags(DataFetchingEnvironment env) {
        Map<String, Object> input = map(env.getArgument("input"));
        Caller caller = ApiContext.caller(env);
        String organization = required(input, "organizationId");
        Integer first = env.getArgument("first");
        int size = first == null ? 20 : first;
        if (size < 1 || size > MAX_PAGE) {
            throw Refusal.badInput("first must be between 1 and " + MAX_PAGE + ", got " + size + ".");
        }
        boolean lockedOnly = Boolean.TRUE.equals(map(input.get("filter")).get("isLocked"));
        String after = env.getArgument("after");
        List<Tag> page = lockedOnly ? List.of() : tags().page(caller, organization, after == null ? null : name(after),
                size + 1);
        List<Map<String, Object>> edges = page.stream().limit(size)
                .map(tag -> Map.<String, Object>of("node", tag, "cursor", cursor(tag))).toList();
        Map<String, Object> connection = new HashMap<>(PostQueries.connection(edges, page.size() > size));
        connection.put("totalCount", lockedOnly ? 0 : tags().count(caller, organization));
        return connection;
    }

    private static Map<String, Object> success(Tag tag) {
        return Typed.of("TagActionSuccess", "tag", tag);
    }

    private static String cursor(Tag tag) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(tag.name().getBytes(StandardCharsets.UTF_8));
    }

    private static String name(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Refusal.badInput("Cursor '" + cursor + "' is not one this listing gave out; use a pageInfo.endCursor.");
        }
    }

    private TagStore tags() {
        return domain.features().tags();
    }
}
