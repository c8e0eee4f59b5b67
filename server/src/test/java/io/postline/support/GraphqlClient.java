package io.postline.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sends real GraphQL documents over HTTP as one API key would. */
public final class GraphqlClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI uri;
    private final String key;

    public GraphqlClient(URI uri, String key) {
        this.uri = uri;
        this.key = key;
    }

    public Answer send(String query, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (variables != null) {
            body.put("variables", variables);
        }
        try {
            return raw(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Answer send(String query) {
        return send(query, null);
    }

    /** A request that must succeed: HTTP 200, no errors; answers its data. */
    public JsonNode ok(String query, Map<String, ?> variables) {
        Answer answer = send(query, variables);
        if (answer.status() != 200 || answer.hasErrors()) {
            throw new AssertionError("expected success, got " + answer);
        }
        return answer.data();
    }

    public JsonNode ok(String query) {
        return ok(query, null);
    }

    public Answer raw(String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Answer(int status, String body, Map<String, java.util.List<String>> headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("answer is not JSON: " + body, e);
            }
        }

        public JsonNode data() {
            return json().path("data");
        }

        public boolean hasErrors() {
            return json().has("errors");
        }

        public String firstErrorCode() {
            return json().path("errors").path(0).path("extensions").path("code").asText();
        }

        public String firstErrorMessage() {
            return json().path("errors").path(0).path("message").asText();
        }
    }
}
