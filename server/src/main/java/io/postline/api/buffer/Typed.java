package io.postline.api.buffer;

import graphql.schema.TypeResolver;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values of unions and interfaces: a map of fields naming its own GraphQL object type, so one type resolver
 * serves every abstract type of the dialect.
 */
final class Typed {
    static final String TYPE = "__objectType";
    static final TypeResolver RESOLVER = env -> env.getSchema().getObjectType(
            (String) ((Map<?, ?>) env.getObject()).get(TYPE));

    private Typed() {}

    /** An object of the named type with fields given as name, value, name, value... (null values allowed). */
    static Map<String, Object> of(String type, Object... fields) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put(TYPE, type);
        for (int i = 0; i < fields.length; i += 2) {
            object.put((String) fields[i], fields[i + 1]);
        }
        return object;
    }
}
