package io.postline.api;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.introspection.GoodFaithIntrospection;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.NodeUtil;
import graphql.language.VariableDefinition;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.validation.OperationValidationRule;
import graphql.validation.QueryComplexityLimits;
import graphql.validation.ValidationError;
import io.postline.account.Caller;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dataloader.DataLoaderRegistry;

/**
 * Runs one GraphQL request in the dialect it is written in: the document is validated against each dialect's
 * schema and its variables coerced to that dialect's types; it runs in the one where both succeed, the path's
 * preferred dialect when both would (introspection too); when neither, the preferred one's errors answer.
 */
final class GraphqlEndpoint {
    private final List<GraphqlDialect> dialects;

    GraphqlEndpoint(List<GraphqlDialect> dialects) {
        this.dialects = List.copyOf(dialects);
    }

    Answer execute(String preferred, GraphqlRequest request, Caller caller) {
        Document document;
        try {
            document = Parser.parse(request.query());
        } catch (InvalidSyntaxException e) {
            return Answer.error(400, e.getMessage(), "GRAPHQL_PARSE_FAILED");
        }
        List<GraphqlDialect> order = ordered(preferred);
        Answer preferredFailure = null;
        for (GraphqlDialect dialect : order) {
            // size and depth are bounded at the HTTP edge and by the engine; validation checks only the rules
            List<ValidationError> errors = ParseAndValidate.validate(dialect.schema(), document,
                    rule -> rule != OperationValidationRule.GOOD_FAITH_INTROSPECTION,
                    Locale.getDefault(), QueryComplexityLimits.NONE);
            Answer failure = errors.isEmpty() ? variablesFailure(dialect, document, request)
                    : new Answer(400, body(null, errors(errors, "GRAPHQL_VALIDATION_FAILED")));
            if (failure == null) {
                return run(dialect, request, caller);
            }
            preferredFailure = preferredFailure == null ? failure : preferredFailure;
        }
        return preferredFailure;
    }

    /** Why the request's variables do not fit the dialect's types, or null when they do. */
    private static Answer variablesFailure(GraphqlDialect dialect, Document document, GraphqlRequest request) {
        List<VariableDefinition> definitions;
        try {
            definitions = NodeUtil.getOperation(document, request.operationName()).operationDefinition
                    .getVariableDefinitions();
        } catch (RuntimeException e) {
            return null; // no such operation: execution explains it in the preferred dialect
        }
        try {
            ValuesResolver.coerceVariableValues(dialect.schema(), definitions, RawVariables.of(request.variables()),
                    GraphQLContext.getDefault(), Locale.getDefault());
            return null;
        } catch (RuntimeException e) {
            String message = e instanceof GraphQLError error ? error.getMessage() : "Variables do not fit: " + e.getMessage();
            return Answer.error(400, message, "BAD_USER_INPUT");
        }
    }

    private Answer run(GraphqlDialect dialect, GraphqlRequest request, Caller caller) {
        DataLoaderRegistry loaders = dialect.loaders().apply(caller);
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(request.variables())
                .dataLoaderRegistry(loaders)
                .graphQLContext((GraphQLContext.Builder b) -> {
                    new ApiContext(caller).into(b);
                    // ordinary client introspection asks for fields of several types; the edge bounds size and depth
                    b.put(GoodFaithIntrospection.GOOD_FAITH_INTROSPECTION_DISABLED, true);
                })
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
