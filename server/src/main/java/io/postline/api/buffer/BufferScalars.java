package io.postline.api.buffer;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Buffer's scalars: ids are strings, DateTime an ISO-8601 string (checked on the way in), Email a string. */
final class BufferScalars {
    private static final List<String> IDS = List.of("AccountId", "ChannelId", "ContentItemId", "DraftId", "IdeaId",
            "InvitationId", "NoteId", "OrganizationId", "PostGroupId", "PostId", "PostTemplateId", "TagId", "Uuid");

    private BufferScalars() {}

    static void wire(RuntimeWiring.Builder wiring) {
        IDS.forEach(name -> wiring.scalar(scalar(name, value -> true)));
        wiring.scalar(scalar("Email", value -> value.contains("@")));
        wiring.scalar(scalar("DateTime", BufferTime::isValid));
    }

    private static GraphQLScalarType scalar(String name, Predicate<String> valid) {
        return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<String, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                return value.toString();
            }

            @Override
            public String parseValue(Object input, GraphQLContext context, Locale locale) {
                if (input instanceof String text && valid.test(text)) {
                    return text;
                }
                throw new CoercingParseValueException("Expected a " + name + " string, got '" + input + "'.");
            }

            @Override
            public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                       Locale locale) {
                if (input instanceof StringValue text && valid.test(text.getValue())) {
                    return text.getValue();
                }
                throw new CoercingParseLiteralException("Expected a " + name + " string, got " + input + ".");
            }

            @Override
            public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                return StringValue.of(input.toString());
            }
        }).build();
    }
}
