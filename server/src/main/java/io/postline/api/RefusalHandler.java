package io.postline.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import io.postline.Refusal;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a resolver's exception into a GraphQL error: refusals say why; anything else says only that it failed. */
final class RefusalHandler implements DataFetcherExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RefusalHandler.class);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        Throwable failure = parameters.getException();
        if (failure instanceof CompletionException && failure.getCause() != null) {
            failure = failure.getCause();
        }
        GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError()
                .path(parameters.getPath())
                .location(parameters.getSourceLocation());
        if (failure instanceof Refusal refusal) {
            error.message(refusal.getMessage()).extensions(Map.of("code", code(refusal.kind())));
        } else {
            LOG.error("unexpected failure resolving {}", parameters.getPath(), failure);
            error.message("Postline failed to answer this field; the failure is logged on the server.")
                    .extensions(Map.of("code", "INTERNAL_SERVER_ERROR"));
        }
        GraphQLError built = error.build();
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(built).build());
    }

    static String code(Refusal.Kind kind) {
        return switch (kind) {
            case BAD_INPUT -> "BAD_USER_INPUT";
            case NOT_FOUND -> "NOT_FOUND";
            case FORBIDDEN -> "FORBIDDEN";
            case LIMIT_REACHED -> "LIMIT_REACHED";
            case CONFLICT -> "CONFLICT";
        };
    }
}
