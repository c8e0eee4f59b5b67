package io.postline.publish.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.postline.publish.ConnectOutcome.Connected;
import io.postline.publish.ConnectOutcome.Refused;
import io.postline.publish.media.LoopbackOnly;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MastodonConnectorTest {
    @RegisterExtension
    static WireMockExtension mastodon = WireMockExtension.newInstance()
            .options(options().bindAddress("127.0.0.1").dynamicPort()).build();

    private final MastodonConnector connector = new MastodonConnector(LoopbackOnly.httpClient(), Duration.ofSeconds(15));
    private final MastodonOAuth oauth = new MastodonOAuth(LoopbackOnly.httpClient(), Duration.ofSeconds(15));

    @Test
    void names_the_account_and_reads_the_instances_limits_into_settings() {
        verifiedAccount();
        mastodon.stubFor(get("/api/v2/instance").willReturn(okJson("""
                {"domain":"social.example","configuration":{"statuses":
                  {"max_characters":5000,"max_media_attachments":4,"characters_reserved_per_url":23}}}""")));

        var outcome = connector.connect(credentials("token-1"));

        assertThat(outcome).isInstanceOfSatisfying(Connected.class, connected -> {
            assertThat(connected.account().serviceId()).isEqualTo("109");
            assertThat(connected.account().name()).isEqualTo("@alice@127.0.0.1");
            assertThat(connected.account().profileUrl()).isEqualTo("https://social.example/@alice");
            assertThat(connected.account().settings()).containsEntry("maxCharacters", "5000")
                    .containsEntry("charactersReservedPerUrl", "23")
                    .containsEntry("maxMediaAttachments", "4");
        });
    }

    @Test
    void reads_the_limits_of_an_instance_older_than_mastodon_4_from_v1() {
        verifiedAccount();
        mastodon.stubFor(get("/api/v2/instance").willReturn(aResponse().withStatus(404)));
        mastodon.stubFor(get("/api/v1/instance").willReturn(okJson(
                "{\"configuration\":{\"statuses\":{\"max_characters\":1000}}}")));

        var outcome = connector.connect(credentials("token-1"));

        assertThat(outcome).isInstanceOfSatisfying(Connected.class, connected -> assertThat(
                connected.account().settings()).containsEntry("maxCharacters", "1000"));
    }

    @Test
    void refuses_an_invalid_access_token_with_mastodons_reason() {
        mastodon.stubFor(get("/api/v1/accounts/verify_credentials").willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":\"The access token is invalid\"}")));

        var outcome = connector.connect(credentials("bad"));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).contains("The access token is invalid"));
    }

    @Test
    void registers_an_app_for_out_of_band_codes_and_builds_the_authorize_url() throws Exception {
        mastodon.stubFor(post("/api/v1/apps").willReturn(okJson("""
                {"id":"563419","name":"Postline","redirect_uri":"urn:ietf:wg:oauth:2.0:oob",
                 "client_id":"client-abc","client_secret":"secret-xyz"}""")));

        RegisteredApp app = oauth.register(instanceUrl(), "Postline");

        assertThat(app.clientId()).isEqualTo("client-abc");
        assertThat(app.clientSecret()).isEqualTo("secret-xyz");
        assertThat(URLDecoder.decode(app.authorizeUrl(), StandardCharsets.UTF_8)).isEqualTo(instanceUrl()
                + "/oauth/authorize?response_type=code&client_id=client-abc"
                + "&redirect_uri=urn:ietf:wg:oauth:2.0:oob&scope=write:statuses write:media read:accounts");
        String form = URLDecoder.decode(mastodon.findAll(postRequestedFor(urlEqualTo("/api/v1/apps"))).get(0)
                .getBodyAsString(), StandardCharsets.UTF_8);
        assertThat(form).contains("client_name=Postline", "redirect_uris=urn:ietf:wg:oauth:2.0:oob",
                "scopes=write:statuses write:media read:accounts");
        assertThat(app.toString()).doesNotContain("secret-xyz");
    }

    @Test
    void exchanges_the_pasted_code_for_an_access_token() throws Exception {
        mastodon.stubFor(post("/oauth/token").willReturn(okJson(
                "{\"access_token\":\"token-new\",\"token_type\":\"Bearer\",\"scope\":\"write:statuses\"}")));
        var app = new RegisteredApp(instanceUrl(), "client-abc", "secret-xyz", "unused");

        String token = oauth.exchangeCode(app, " code-123 ");

        assertThat(token).isEqualTo("token-new");
        String form = mastodon.findAll(postRequestedFor(urlEqualTo("/oauth/token"))).get(0).getBodyAsString();
        assertThat(form).contains("grant_type=authorization_code", "code=code-123", "client_id=client-abc",
                "client_secret=secret-xyz");
    }

    @Test
    void explains_a_refused_code() {
        mastodon.stubFor(post("/oauth/token").willReturn(aResponse().withStatus(400).withBody(
                "{\"error\":\"invalid_grant\",\"error_description\":\"The provided authorization grant is invalid\"}")));
        var app = new RegisteredApp(instanceUrl(), "client-abc", "secret-xyz", "unused");

        assertThatThrownBy(() -> oauth.exchangeCode(app, "expired"))
                .isInstanceOfSatisfying(MastodonOAuthException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("invalid_grant: The provided authorization grant is invalid");
    }

    private void verifiedAccount() {
        mastodon.stubFor(get("/api/v1/accounts/verify_credentials")
                .withHeader("authorization", equalTo("Bearer token-1"))
                .willReturn(okJson("{\"id\":\"109\",\"username\":\"alice\",\"acct\":\"alice\","
                        + "\"url\":\"https://social.example/@alice\"}")));
    }

    private static Map<String, String> credentials(String token) {
        return Map.of("instanceUrl", instanceUrl(), "accessToken", token);
    }

    private static String instanceUrl() {
        return "http://127.0.0.1:" + mastodon.getPort();
    }
}
