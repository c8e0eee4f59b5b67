package io.postline.publish.bluesky;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postline.publish.media.LoopbackOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The real PDS named by {@code POSTLINE_TEST_PDS_URL} (see shared/recipes/bluesky-pds); tests that need it
 * are skipped when it is not set. Every test makes its own accounts, so tests never see each other's posts.
 */
final class TestPds {
    static final String URL_VARIABLE = "POSTLINE_TEST_PDS_URL";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Account(String handle, String did, String password, String appPassword) {
        Map<String, String> credentials(String serviceUrl) {
            return Map.of("serviceUrl", serviceUrl, "handle", handle, "appPassword", appPassword);
        }
    }

    private final String url;
    private final HttpClient http = LoopbackOnly.httpClient();

    private TestPds(String url) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static TestPds fromEnvironment() {
        String url = System.getenv(URL_VARIABLE);
        assumeTrue(url != null && !url.isBlank(), URL_VARIABLE + " is not set; start shared/recipes/bluesky-pds");
        return new TestPds(url);
    }

    String url() {
        return url;
    }

    Account newAccount() {
        String name = "pl" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String password = "pw-" + UUID.randomUUID();
        JsonNode created = post("com.atproto.server.createAccount", null, Map.of(
                "handle", name + ".test", "email", name + "@example.com", "password", password));
        JsonNode appPassword = post("com.atproto.server.createAppPassword", created.path("accessJwt").asText(),
                Map.of("name", "postline-test"));
        return new Account(created.path("handle").asText(), created.path("did").asText(), password,
                appPassword.path("password").asText());
    }

    /** The account's posts, newest first. */
    List<JsonNode> posts(Account account) {
        JsonNode page = get("com.atproto.repo.listRecords",
                Map.of("repo", account.did(), "collection", "app.bsky.feed.post", "limit", "100"));
        var records = new ArrayList<JsonNode>();
        page.path("records").forEach(records::add);
        return records;
    }

    /** One record ({uri, cid, value}) by its at:// URI. */
    JsonNode record(String atUri) {
        String[] at = atUri.substring("at://".length()).split("/");
        return get("com.atproto.repo.getRecord", Map.of("repo", at[0], "collection", at[1], "rkey", at[2]));
    }

    byte[] blob(String did, String cid) {
        try {
            var request = HttpRequest.newBuilder(URI.create(url + "/xrpc/com.atproto.sync.getBlob?did="
                    + encode(did) + "&cid=" + encode(cid))).build();
            var response = http.send(request, BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("getBlob answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode get(String nsid, Map<String, String> params) {
        String query = params.entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url + "/xrpc/" + nsid + "?" + query)).GET());
    }

    private JsonNode post(String nsid, String token, Map<String, String> body) {
        try {
            var request = HttpRequest.newBuilder(URI.create(url + "/xrpc/" + nsid))
                    .header("content-type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            if (token != null) {
                request.header("authorization", "Bearer " + token);
            }
            return send(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("PDS answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
