package io.postline.publish.mastodon;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Connects a Mastodon account by OAuth: each instance needs its own app registration, then the user approves
 * it and pastes back the code the instance shows (out-of-band redirect, so the server needs no public URL).
 */
public final class MastodonOAuth {
    public static final String SCOPES = "write:statuses write:media read:accounts";
    public static final String OUT_OF_BAND = "urn:ietf:wg:oauth:2.0:oob";

    private final HttpClient http;
    private final Duration timeout;

    public MastodonOAuth(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    public RegisteredApp register(String instanceUrl, String clientName) throws MastodonOAuthException {
        var instance = instance(instanceUrl);
        MastodonResponse answer = post(instance, "api/v1/apps", List.of(
                Map.entry("client_name", clientName),
                Map.entry("redirect_uris", OUT_OF_BAND),
                Map.entry("scopes", SCOPES)));
        String clientId = answer.body().path("client_id").asText();
        String authorize = instance.url("oauth/authorize") + "?response_type=code&client_id=" + encode(clientId)
                + "&redirect_uri=" + encode(OUT_OF_BAND) + "&scope=" + encode(SCOPES);
        return new RegisteredApp(instanceUrl, clientId, answer.body().path("client_secret").asText(), authorize);
    }

    /** @return the access token for the account that approved the app */
    public String exchangeCode(RegisteredApp app, String code) throws MastodonOAuthException {
        MastodonResponse answer = post(instance(app.instanceUrl()), "oauth/token", List.of(
                Map.entry("grant_type", "authorization_code"),
                Map.entry("code", code.trim()),
                Map.entry("client_id", app.clientId()),
                Map.entry("client_secret", app.clientSecret()),
                Map.entry("redirect_uri", OUT_OF_BAND),
                Map.entry("scope", SCOPES)));
        return answer.body().path("access_token").asText();
    }

    private MastodonResponse post(MastodonHttp instance, String path, List<Map.Entry<String, String>> form)
            throws MastodonOAuthException {
        try {
            MastodonResponse answer = instance.postForm(path, form, Map.of());
            if (!answer.ok()) {
                // OAuth errors come as {"error": "invalid_grant", "error_description": "..."}.
                String description = answer.body().path("error_description").asText("");
                String reason = description.isEmpty() ? answer.error() : answer.error() + ": " + description;
                throw new MastodonOAuthException("Mastodon " + path + " refused: " + reason,
                        answer.status() == 429 || answer.status() >= 500);
            }
            return answer;
        } catch (IOException e) {
            throw new MastodonOAuthException("Mastodon instance could not be reached: " + e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MastodonOAuthException("interrupted", true);
        }
    }

    private MastodonHttp instance(String instanceUrl) throws MastodonOAuthException {
        try {
            return new MastodonHttp(http, instanceUrl, null, timeout);
        } catch (IllegalArgumentException e) {
            throw new MastodonOAuthException(e.getMessage(), false);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
