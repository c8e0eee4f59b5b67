package io.postline.publish.bluesky;

import io.postline.publish.ConnectOutcome;
import io.postline.publish.ConnectOutcome.Connected;
import io.postline.publish.ConnectOutcome.Refused;
import io.postline.publish.ConnectOutcome.Unreachable;
import io.postline.publish.ConnectedAccount;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

/** Checks a Bluesky handle and app password when a channel is connected, and names the account behind them. */
public final class BlueskyConnector {
    /** Bluesky's record text limit; the PDS also caps it at 3,000 UTF-8 bytes. */
    static final int MAX_GRAPHEMES = 300;

    private final HttpClient http;
    private final Duration timeout;

    public BlueskyConnector(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    /** @param credentials {@code serviceUrl} (optional), {@code handle}, {@code appPassword} */
    public ConnectOutcome connect(Map<String, String> credentials) {
        Login login;
        try {
            login = Login.from(credentials);
        } catch (IllegalArgumentException e) {
            return new Refused(e.getMessage());
        }
        try {
            var body = Xrpc.JSON.createObjectNode()
                    .put("identifier", login.identifier())
                    .put("password", login.appPassword());
            XrpcResponse answer = new Xrpc(http, login.serviceUrl(), timeout)
                    .procedure("com.atproto.server.createSession", body, null);
            return outcome(login, answer);
        } catch (IOException e) {
            return new Unreachable("Bluesky PDS " + login.serviceUrl() + " could not be reached (" + e.getClass().getSimpleName() + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unreachable("interrupted");
        }
    }

    private static ConnectOutcome outcome(Login login, XrpcResponse answer) {
        if (answer.status() == 429 || answer.status() >= 500) {
            return new Unreachable("Bluesky sign-in failed for now: " + answer.describe());
        }
        if (!answer.ok()) {
            return new Refused("Bluesky refused the handle or app password: " + answer.describe());
        }
        Session session = Session.from(answer.body());
        if (!session.did().startsWith("did:") || session.accessJwt().isBlank() || session.handle().isBlank()) {
            return new Refused(login.serviceUrl() + " answered the sign-in, but not like a Bluesky PDS (no DID,"
                    + " handle and session token); check the service URL.");
        }
        return new Connected(new ConnectedAccount(session.did(), session.handle(),
                "https://bsky.app/profile/" + session.handle(),
                Map.of("serviceUrl", login.serviceUrl(), "maxGraphemes", String.valueOf(MAX_GRAPHEMES),
                        "maxImages", String.valueOf(PostEmbeds.MAX_IMAGES))));
    }
}
