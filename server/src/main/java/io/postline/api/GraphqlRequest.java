package io.postline.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** The JSON body of a GraphQL request. */
record GraphqlRequest(String query, Map<String, Object> variables, String operationName) {

    /** Reads a body, or explains what is wrong with it. */
    @SuppressWarnings("unchecked")
    static GraphqlRequest read(ObjectMapper json, byte[] body) throws BadRequest {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (java.io.IOException e) {
            throw new BadRequest("The request body is not valid JSON: send {\"query\": \"...\", \"variables\": {...}}.");
        }
        if (root == null || !root.isObject()) {
            throw new BadRequest("The request body must be a JSON object with a \"query\" string.");
        }
        JsonNode query = root.get("query");
        if (query == null || !query.isTextual() || query.asText().isBlank()) {
            throw new BadRequest("The request body has no \"query\" string.");
        }
        JsonNode variables = root.get("variables");
        if (variables != null && !variables.isNull() && !variables.isObject()) {
            throw new BadRequest("\"variables\" must be a JSON object.");
        }
        JsonNode operation = root.get("operationName");
        Map<String, Object> vars = variables == null || variables.isNull() ? Map.of()
                : json.convertValue(variables, Map.class);
        return new GraphqlRequest(query.asText(), vars,
                operation == null || operation.isNull() ? null : operation.asText());
    }

    static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }
}
