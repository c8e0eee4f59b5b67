package io.postline.publish.bluesky;

import io.postline.publish.JsonAnswer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** XRPC over HTTP to one PDS. Knows nothing about sessions: callers pass the bearer token, or null. */
final class Xrpc {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    private final Duration timeout;

    Xrpc(HttpClient http, String serviceUrl, Duration timeout) {
        this.http = http;
        this.base = URI.create(serviceUrl.endsWith("/") ? serviceUrl : serviceUrl + "/");
        this.timeout = timeout;
    }

    XrpcResponse query(String nsid, Map<String, String> params, String token)
            throws IOException, InterruptedException {
        String query = params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(nsid + (query.isEmpty() ? "" : "?" + query), token).GET());
    }

    XrpcResponse procedure(String nsid, JsonNode body, String token) throws IOException, InterruptedException {
        BodyPublisher publisher = BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        return send(request(nsid, token).header("content-type", "application/json").POST(publisher));
    }

    /** A procedure without input, such as refreshSession. */
    XrpcResponse procedure(String nsid, String token) throws IOException, InterruptedException {
        return send(request(nsid, token).POST(BodyPublishers.noBody()));
    }

    XrpcResponse upload(String nsid, byte[] bytes, String contentType, String token)
            throws IOException, InterruptedException {
        return send(request(nsid, token).header("content-type", contentType).POST(BodyPublishers.ofByteArray(bytes)));
    }

    private HttpRequest.Builder request(String pathAndQuery, String token) {
        var builder = HttpRequest.newBuilder(base.resolve("xrpc/" + pathAndQuery)).timeout(timeout);
        if (token != null) {
            builder.header("authorization", "Bearer " + token);
        }
        return builder;
    }

    private XrpcResponse send(HttpRequest.Builder request) throws IOException, InterruptedException {
        var response = http.send(request.build(), BodyHandlers.ofByteArray());
        return new XrpcResponse(response.statusCode(), JsonAnswer.parse(response.body()), response.headers());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
