package io.postline.api;

import graphql.GraphQL;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.introspection.GoodFaithIntrospection;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One API dialect: its schema, built from its SDL files, and the engine that runs documents against it. */
record GraphqlDialect(String name, GraphQLSchema schema, GraphQL graphql) {
    /** Deep enough for full introspection (the usual client query nests 13 levels), shallow enough to stop abuse. */
    static final int MAX_DEPTH = 15;


    static {
        // the "good faith" guard refuses ordinary introspection such as asking both queryType and mutationType
        // for their fields; request size and depth are bounded at the HTTP edge instead
        GoodFaithIntrospection.enabledJvmWide(false);
    }

    static GraphqlDialect load(String name, List<String> sdlResources, RuntimeWiring wiring) {
        TypeDefinitionRegistry types = new TypeDefinitionRegistry();
        SchemaParser parser = new SchemaParser();
        for (String resource : sdlResources) {
            types.merge(parser.parse(read(resource)));
        }
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(types, wiring);
        GraphQL graphql = GraphQL.newGraphQL(schema)
                .defaultDataFetcherExceptionHandler(new RefusalHandler())
                .instrumentation(new MaxQueryDepthInstrumentation(MAX_DEPTH))
                .build();
        return new GraphqlDialect(name, schema, graphql);
    }

    private static String read(String resource) {
        try (InputStream in = GraphqlDialect.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
