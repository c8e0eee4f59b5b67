package io.postline.api.buffer;

import graphql.language.InterfaceTypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.postline.api.GraphqlDialect;
import io.postline.api.Domain;
import java.time.Clock;
import java.util.List;

/** The Buffer dialect: Buffer's public GraphQL API, its SDL by feature, wired to Postline's domain. */
public final class BufferDialect {
    static final List<String> SDL = List.of("schema", "scalars", "account", "channel", "post", "post-input",
            "post-metadata", "asset", "errors", "idea", "tag", "template").stream()
            .map(name -> "/graphql/buffer/" + name + ".graphqls").toList();

    private BufferDialect() {}

    public static GraphqlDialect create(String name, Domain domain, Clock clock) {
        TypeDefinitionRegistry types = GraphqlDialect.types(SDL);
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
        BufferScalars.wire(wiring);
        types.getTypes(UnionTypeDefinition.class).forEach(u -> wiring.type(u.getName(), t -> t.typeResolver(Typed.RESOLVER)));
        types.getTypes(InterfaceTypeDefinition.class)
                .forEach(i -> wiring.type(i.getName(), t -> t.typeResolver(Typed.RESOLVER)));
        new AccountFields(domain).wire(wiring);
        new ChannelFields(domain, clock).wire(wiring);
        new PostQueries(domain).wire(wiring);
        new PostFields().wire(wiring);
        new PostMutations(domain).wire(wiring);
        new IdeaFields(domain).wire(wiring);
        new TagFields(domain).wire(wiring);
        new TemplateFields(domain).wire(wiring);
        return GraphqlDialect.load(name, types, wiring.build(), caller -> BufferLoaders.create(domain, caller));
    }
}
