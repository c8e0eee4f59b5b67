package io.postline.api;

import graphql.GraphQL;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.postline.account.Caller;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.dataloader.DataLoaderRegistry;

/**
 * One API dialect: its schema, built from its SDL files, the engine that runs documents against it, and the
 * DataLoaders each request gets.
 */
public record GraphqlDialect(String name, GraphQLSchema schema, GraphQL graphql,
                             Function<Caller, DataLoaderRegistry> loaders) {
    /** Deep enough for full introspection (the usual client query nests 13 levels), shallow enough to stop abuse. */
    static final int MAX_DEPTH = 25;



    public static GraphqlDialect load(String name, TypeDefinitionRegistry types, RuntimeWiring wiring,
                                      Function<Caller, DataLoaderRegistry> loaders) {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(types, wiring);
        GraphQL graphql = GraphQL.newGraphQL(schema)
                .defaultDataFetcherExceptionHandler(new RefusalHandler())
                .instrumentation(new MaxQueryDepthInstrumentation(MAX_DEPTH))
                .preparsedDocumentProvider(new DocumentCache())
                .build();
        return new GraphqlDialect(name, schema, graphql, loaders);
    }

    /** The type definitions of SDL files on the class path, merged. */
    public static TypeDefinitionRegistry types(List<String> sdlResources) {
        TypeDefinitionRegistry types = new TypeDefinitionRegistry();
        SchemaParser parser = new SchemaParser();
        for (String resource : sdlResources) {
            types.merge(parser.parse(read(resource)));
        }
        return types;
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
