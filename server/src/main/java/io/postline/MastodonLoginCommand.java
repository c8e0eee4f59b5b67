package io.postline;

import io.postline.publish.mastodon.MastodonOAuth;
import io.postline.publish.mastodon.MastodonOAuthException;
import io.postline.publish.mastodon.RegisteredApp;
import java.net.http.HttpClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code postline mastodon-login}: gets an access token for a Mastodon account on any instance. Without
 * {@code --code} it registers Postline with the instance and prints the page to open; with the code that page
 * shows, it prints the access token for {@code connect-channel --credential accessToken=...}.
 */
@Command(name = "mastodon-login", mixinStandardHelpOptions = true, description = "Gets a Mastodon access token: run once without --code, open the"
        + " printed page, then run again with the code it shows.")
final class MastodonLoginCommand implements Callable<Integer> {
    @Option(names = "--instance", required = true, description = "e.g. https://mastodon.social")
    String instance;

    @Option(names = "--client-id", description = "From the first run.")
    String clientId;

    @Option(names = "--client-secret", description = "From the first run.")
    String clientSecret;

    @Option(names = "--code", description = "The authorization code the instance showed.")
    String code;

    @Override
    public Integer call() {
        MastodonOAuth oauth = new MastodonOAuth(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
                Server.CONNECT_TIMEOUT);
        try {
            if (code == null) {
                RegisteredApp app = oauth.register(instance, "Postline");
                System.out.println("Open this page, allow Postline, and copy the code it shows:");
                System.out.println(app.authorizeUrl());
                System.out.println("Then run: postline mastodon-login --instance " + instance + " --client-id "
                        + app.clientId() + " --client-secret " + app.clientSecret() + " --code <code>");
                return 0;
            }
            if (clientId == null || clientSecret == null) {
                System.err.println("--code needs the --client-id and --client-secret the first run printed.");
                return 2;
            }
            String token = oauth.exchangeCode(new RegisteredApp(instance, clientId, clientSecret, null), code);
            System.out.println("Connect the channel with: postline connect-channel --service mastodon --organization"
                    + " <id> --credential instanceUrl=" + instance + " --credential accessToken=<the token below>");
            System.out.println("MASTODON_ACCESS_TOKEN=" + token);
            return 0;
        } catch (MastodonOAuthException e) {
            System.err.println(e.getMessage());
            return e.retryable() ? 1 : 2;
        }
    }
}
