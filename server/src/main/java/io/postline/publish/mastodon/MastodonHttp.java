package io.postline.publish.mastodon;

import io.postline.publish.JsonAnswer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** HTTP to one Mastodon instance, with the account's bearer token when there is one. */
final class MastodonHttp {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    private final String token;
    private final Duration timeout;

    /** @throws IllegalArgumentException when {@code instanceUrl} is not an http(s) URL */
    MastodonHttp(HttpClient http, String instanceUrl, String token, Duration timeout) {
        this.http = http;
        this.base = baseUri(instanceUrl);
        this.token = token;
        this.timeout = timeout;
    }

    String host() {
        return base.getHost();
    }

    String url(String path) {
        return base.resolve(path).toString();
    }

    MastodonResponse get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** Form fields as ordered pairs, since {@code media_ids[]} repeats. */
    MastodonResponse postForm(String path, List<Map.Entry<String, String>> fields, Map<String, String> headers)
            throws IOException, InterruptedException {
        String form = fields.stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        var request = request(path).header("content-type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return send(request);
    }

    MastodonResponse postMultipart(String path, Multipart body) throws IOException, InterruptedException {
        return send(request(path).header("content-type", body.contentType()).POST(body.publisher()));
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("accept", "application/json");
        if (token != null) {
            builder.header("authorization", "Bearer " + token);
        }
        return builder;
    }

    private MastodonResponse send(HttpRequest.Builder request) throws IOException, InterruptedException {
        var response = http.send(request.build(), BodyHandlers.ofByteArray());
        return new MastodonResponse(response.statusCode(), JsonAnswer.parse(response.body()), response.headers());
    }

    private static URI baseUri(String instanceUrl) {
        String trimmed = instanceUrl == null ? "" : instanceUrl.trim();
        URI uri = URI.create(trimmed.endsWith("/") ? trimmed : trimmed + "/");
        if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("Mastodon instanceUrl is not an http(s) URL: " + instanceUrl);
        }
        return uri;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
