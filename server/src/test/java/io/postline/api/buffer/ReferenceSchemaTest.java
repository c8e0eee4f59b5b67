package io.postline.api.buffer;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every type and field Postline's Buffer SDL serves exists in Buffer's reference SDL (test resource
 * buffer/reference-schema.graphqls, a copy of shared/docs/buffer-schema.graphqls) with the same name, type and
 * nullability; every enum value and union member too.
 */
class ReferenceSchemaTest {
    @Test
    void every_type_and_field_postline_serves_matches_buffers_reference_schema() {
        GraphQLSchema ours = schema(BufferDialect.SDL.stream().map(BufferFixtures::read).toList());
        GraphQLSchema reference = schema(List.of(BufferFixtures.read("/buffer/reference-schema.graphqls")));
        List<String> differences = new ArrayList<>();
        for (GraphQLNamedType type : ours.getTypeMap().values()) {
            if (type.getName().startsWith("__")) {
                continue;
            }
            GraphQLNamedType theirs = (GraphQLNamedType) reference.getType(type.getName());
            if (theirs == null) {
                differences.add("type " + type.getName() + " is not in the reference");
            } else {
                compare(type, theirs, differences);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void postline_serves_every_root_operation_of_the_reference() {
        GraphQLSchema ours = schema(BufferDialect.SDL.stream().map(BufferFixtures::read).toList());
        GraphQLSchema reference = schema(List.of(BufferFixtures.read("/buffer/reference-schema.graphqls")));

        assertThat(names(ours.getQueryType())).containsAll(names(reference.getQueryType()));
        assertThat(names(ours.getMutationType())).containsAll(names(reference.getMutationType()));
    }

    private static void compare(GraphQLNamedType ours, GraphQLNamedType theirs, List<String> differences) {
        if (ours.getClass() != theirs.getClass()) {
            differences.add(ours.getName() + " is a different kind of type");
        } else if (ours instanceof GraphQLFieldsContainer fields) {
            for (GraphQLFieldDefinition field : fields.getFieldDefinitions()) {
                GraphQLFieldDefinition other = ((GraphQLFieldsContainer) theirs).getFieldDefinition(field.getName());
                if (other == null) {
                    differences.add(ours.getName() + "." + field.getName() + " is not in the reference");
                } else {
                    same(ours.getName() + "." + field.getName(), GraphQLTypeUtil.simplePrint(field.getType()),
                            GraphQLTypeUtil.simplePrint(other.getType()), differences);
                    field.getArguments().forEach(a -> same(ours.getName() + "." + field.getName() + "(" + a.getName() + ")",
                            GraphQLTypeUtil.simplePrint(a.getType()), other.getArgument(a.getName()) == null ? "absent"
                                    : GraphQLTypeUtil.simplePrint(other.getArgument(a.getName()).getType()), differences));
                }
            }
        } else if (ours instanceof GraphQLInputObjectType input) {
            input.getFieldDefinitions().forEach(f -> {
                var other = ((GraphQLInputObjectType) theirs).getFieldDefinition(f.getName());
                same(ours.getName() + "." + f.getName(), GraphQLTypeUtil.simplePrint(f.getType()),
                        other == null ? "absent" : GraphQLTypeUtil.simplePrint(other.getType()), differences);
            });
        } else if (ours instanceof GraphQLEnumType values) {
            values.getValues().forEach(v -> {
                if (((GraphQLEnumType) theirs).getValue(v.getName()) == null) {
                    differences.add(ours.getName() + "." + v.getName() + " is not in the reference");
                }
            });
        } else if (ours instanceof GraphQLUnionType union) {
            same(ours.getName(), names(union), names((GraphQLUnionType) theirs), differences);
        }
    }

    private static void same(String what, Object ours, Object theirs, List<String> differences) {
        if (!ours.equals(theirs)) {
            differences.add(what + ": " + ours + " here, " + theirs + " in the reference");
        }
    }

    private static List<String> names(GraphQLFieldsContainer type) {
        return type.getFieldDefinitions().stream().map(GraphQLFieldDefinition::getName).sorted().toList();
    }

    private static List<String> names(GraphQLUnionType union) {
        return union.getTypes().stream().map(t -> ((GraphQLNamedType) t).getName()).sorted().toList();
    }

    private static GraphQLSchema schema(List<String> sdl) {
        TypeDefinitionRegistry types = new TypeDefinitionRegistry();
        sdl.forEach(text -> types.merge(new SchemaParser().parse(text)));
        return new SchemaGenerator().makeExecutableSchema(types, RuntimeWiring.MOCKED_WIRING);
    }
}
