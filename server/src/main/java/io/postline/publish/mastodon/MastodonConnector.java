package io.postline.publish.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.postline.publish.ConnectOutcome;
import io.postline.publish.ConnectOutcome.Connected;
import io.postline.publish.ConnectOutcome.Refused;
import io.postline.publish.ConnectOutcome.Unreachable;
import io.postline.publish.ConnectedAccount;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

/**
 * Checks an access token when a Mastodon channel is connected, and reads the instance's limits, which
 * differ per instance (many raise the 500-character default).
 */
public final class MastodonConnector {
    static final int DEFAULT_MAX_CHARACTERS = 500;
    static final int DEFAULT_CHARACTERS_PER_URL = 23;

    private final HttpClient http;
    private final Duration timeout;

    public MastodonConnector(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    /**
     * @param credentials {@code instanceUrl}, {@code accessToken}
     * @return settings {@code maxCharacters}, {@code charactersReservedPerUrl}, {@code maxMediaAttachments}
     */
    public ConnectOutcome connect(Map<String, String> credentials) {
        String token = credentials.getOrDefault("accessToken", "");
        if (token.isBlank()) {
            return new Refused("Mastodon needs an access token");
        }
        try {
            var instance = new MastodonHttp(http, credentials.get("instanceUrl"), token, timeout);
            MastodonResponse account = instance.get("api/v1/accounts/verify_credentials");
            if (account.status() == 429 || account.status() >= 500) {
                return new Unreachable("Mastodon could not check the token for now: " + account.error());
            }
            if (!account.ok()) {
                return new Refused("Mastodon refused the access token: " + account.error());
            }
            return new Connected(new ConnectedAccount(account.body().path("id").asText(),
                    "@" + account.body().path("username").asText() + "@" + instance.host(),
                    account.body().path("url").asText(), limits(instance)));
        } catch (IllegalArgumentException e) {
            return new Refused(e.getMessage());
        } catch (IOException e) {
            return new Unreachable("Mastodon instance could not be reached: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unreachable("interrupted");
        }
    }

    /** v2 since Mastodon 4.0, v1 before; the documented defaults when an instance shows neither. */
    private static Map<String, String> limits(MastodonHttp instance) throws IOException, InterruptedException {
        MastodonResponse answer = instance.get("api/v2/instance");
        if (answer.status() == 404) {
            answer = instance.get("api/v1/instance");
        }
        JsonNode statuses = answer.ok()
                ? answer.body().path("configuration").path("statuses")
                : MissingNode.getInstance();
        return Map.of(
                "maxCharacters", String.valueOf(statuses.path("max_characters").asInt(DEFAULT_MAX_CHARACTERS)),
                "charactersReservedPerUrl", String.valueOf(
                        statuses.path("characters_reserved_per_url").asInt(DEFAULT_CHARACTERS_PER_URL)),
                "maxMediaAttachments", String.valueOf(
                        statuses.path("max_media_attachments").asInt(MastodonPublisher.MAX_ATTACHMENTS)));
    }
}
