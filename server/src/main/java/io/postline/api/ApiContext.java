package io.postline.api;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.postline.account.Caller;

/** What every resolver of one request shares. */
public record ApiContext(Caller caller) {
    private static final String KEY = ApiContext.class.getName();

    void into(GraphQLContext.Builder context) {
        context.put(KEY, this);
    }

    public static ApiContext of(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().get(KEY);
    }

    public static Caller caller(DataFetchingEnvironment environment) {
        return of(environment).caller();
    }
}
