package io.postline.publish.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import io.postline.publish.ConnectOutcome.Connected;
import io.postline.publish.ConnectOutcome.Refused;
import io.postline.publish.ConnectOutcome.Unreachable;
import io.postline.publish.media.LoopbackOnly;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlueskyConnectorPdsTest {
    private final BlueskyConnector connector = new BlueskyConnector(LoopbackOnly.httpClient(), Duration.ofSeconds(5));

    @Test
    void names_the_did_handle_and_profile_of_a_connected_account() {
        var pds = TestPds.fromEnvironment();
        var account = pds.newAccount();

        var outcome = connector.connect(Map.of("serviceUrl", pds.url(), "handle", "@" + account.handle(),
                "appPassword", account.appPassword()));

        assertThat(outcome).isInstanceOfSatisfying(Connected.class, connected -> {
            assertThat(connected.account().serviceId()).isEqualTo(account.did());
            assertThat(connected.account().name()).isEqualTo(account.handle());
            assertThat(connected.account().profileUrl()).isEqualTo("https://bsky.app/profile/" + account.handle());
            assertThat(connected.account().settings()).containsEntry("maxGraphemes", "300");
        });
    }

    @Test
    void refuses_a_wrong_app_password_with_the_networks_message() {
        var pds = TestPds.fromEnvironment();
        var account = pds.newAccount();

        var outcome = connector.connect(Map.of("serviceUrl", pds.url(), "handle", account.handle(),
                "appPassword", "wrong-wrong-wrong-wrong"));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).contains("Invalid identifier or password"));
    }

    @Test
    void refuses_credentials_without_an_app_password_before_asking_anyone() {
        var outcome = connector.connect(Map.of("handle", "alice.test"));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).contains("app password"));
    }

    @Test
    void reports_a_pds_that_does_not_answer_as_unreachable() {
        var outcome = connector.connect(Map.of("serviceUrl", "http://127.0.0.1:9", "handle", "alice.test",
                "appPassword", "x"));

        assertThat(outcome).isInstanceOf(Unreachable.class);
    }
}
