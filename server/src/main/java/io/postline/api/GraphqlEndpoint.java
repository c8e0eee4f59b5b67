package io.postline.api;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
import io.postline.account.Caller;
import io.postline.channel.ChannelStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dataloader.DataLoaderRegistry;

/**
 * Runs one GraphQL request in the dialect it is written in: a document valid in only one dialect runs there;
 * one valid in both runs in the path's preferred dialect; one valid in neither gets the preferred one's errors.
 */
final class GraphqlEndpoint {
    private final List<GraphqlDialect> dialects;
    private final ChannelStore channels;

    GraphqlEndpoint(List<GraphqlDialect> dialects, ChannelStore channels) {
        this.dialects = List.copyOf(dialects);
        this.channels = channels;
    }

    Answer execute(String preferred, GraphqlRequest request, Caller caller) {
        Document document;
        try {
            document = Parser.parse(request.query());
        } catch (InvalidSyntaxException e) {
            return Answer.error(400, e.getMessage(), "GRAPHQL_PARSE_FAILED");
        }
        List<GraphqlDialect> order = ordered(preferred);
        List<ValidationError> firstErrors = null;
        for (GraphqlDialect dialect : order) {
            List<ValidationError> errors = ParseAndValidate.validate(dialect.schema(), document);
            if (errors.isEmpty()) {
                return run(dialect, document, request, caller);
            }
            firstErrors = firstErrors == null ? errors : firstErrors;
        }
        return new Answer(400, body(null, errors(firstErrors, "GRAPHQL_VALIDATION_FAILED")));
    }

    private Answer run(GraphqlDialect dialect, Document document, GraphqlRequest request, Caller caller) {
        DataLoaderRegistry loaders = new DataLoaderRegistry();
        loaders.register(ChannelLoader.NAME, ChannelLoader.create(channels, caller));
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(request.variables())
                .dataLoaderRegistry(loaders)
                .graphQLContext((GraphQLContext.Builder b) -> new ApiContext(caller).into(b))
                .build();
        ExecutionResult result = dialect.graphql().execute(input);
        boolean rejectedInput = !result.isDataPresent() && !result.getErrors().isEmpty()
                && result.getErrors().stream().allMatch(e -> e.getPath() == null);
        if (rejectedInput) {
            return new Answer(400, body(null, errors(result.getErrors(), "BAD_USER_INPUT")));
        }
        return new Answer(200, body(result.getData(), errors(result.getErrors(), null)));
    }

    private List<GraphqlDialect> ordered(String preferred) {
        List<GraphqlDialect> order = new ArrayList<>(dialects);
        order.sort((a, b) -> Boolean.compare(!a.name().equals(preferred), !b.name().equals(preferred)));
        return order;
    }

    private static List<Map<String, Object>> errors(List<? extends GraphQLError> errors, String defaultCode) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (GraphQLError error : errors) {
            Map<String, Object> spec = new LinkedHashMap<>(error.toSpecification());
            Map<String, Object> extensions = new LinkedHashMap<>();
            if (error.getExtensions() != null) {
                extensions.putAll(error.getExtensions());
            }
            extensions.remove("classification");
            extensions.putIfAbsent("code", code(error.getErrorType(), defaultCode));
            spec.put("extensions", extensions);
            out.add(spec);
        }
        return out;
    }

    private static String code(ErrorClassification type, String defaultCode) {
        if (defaultCode != null) {
            return defaultCode;
        }
        if (type == ErrorType.InvalidSyntax) {
            return "GRAPHQL_PARSE_FAILED";
        }
        return type == ErrorType.ValidationError ? "GRAPHQL_VALIDATION_FAILED" : "INTERNAL_SERVER_ERROR";
    }

    private static Map<String, Object> body(Object data, List<Map<String, Object>> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        body.put("data", data);
        return body;
    }

    record Answer(int status, Map<String, Object> body) {
        static Answer error(int status, String message, String code) {
            return new Answer(status, Map.of("errors", List.of(Map.of("message", message,
                    "extensions", Map.of("code", code)))));
        }
    }
}
