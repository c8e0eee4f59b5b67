package io.postline.post.rules;

import static io.postline.post.rules.ContentFixtures.FAMILY;
import static io.postline.post.rules.ContentFixtures.aUrlOfLength;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WeightedLengthTest {
    private final WeightedLength length = new WeightedLength();

    @Test
    void latin_letters_weigh_one_each() {
        assertThat(length.of("a".repeat(280))).isEqualTo(280);
    }

    @Test
    void cjk_characters_weigh_two_each() {
        assertThat(length.of("日".repeat(140))).isEqualTo(280);
    }

    @Test
    void a_zwj_family_emoji_weighs_two() {
        assertThat(length.of(FAMILY)).isEqualTo(2);
    }

    @Test
    void a_200_character_url_weighs_23() {
        assertThat(aUrlOfLength(200)).hasSize(200);
        assertThat(length.of(aUrlOfLength(200))).isEqualTo(23);
    }

    @Test
    void a_combining_accent_is_merged_by_nfc_before_counting() {
        assertThat(length.of("cafe\u0301")).isEqualTo(4);
    }

    @Test
    void a_scheme_less_domain_also_counts_as_a_url() {
        assertThat(length.of("example.com/" + "a".repeat(100))).isEqualTo(23);
    }

    @Test
    void empty_text_weighs_nothing() {
        assertThat(length.of("")).isZero();
    }

    @Test
    void a_host_of_16_labels_still_counts_as_a_url() {
        assertThat(length.of("https://" + "a.".repeat(15) + "com/x")).isEqualTo(23);
    }

    @Test
    void a_run_of_more_than_16_dotted_labels_counts_as_plain_text() {
        assertThat(length.of("a.".repeat(16) + "com")).isEqualTo(35);
    }

    @Test
    void long_dotted_runs_that_would_keep_twitter_text_busy_for_minutes_are_counted_within_seconds() {
        // Unguarded, 25,000 characters of "a." keep twitter-text's URL regex busy for minutes.
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(length.of("a.".repeat(12_500))).isEqualTo(25_000);
            assertThat(length.of("a.b-".repeat(6_250))).isEqualTo(25_000);
            assertThat(length.of("http://" + "a.".repeat(12_000))).isEqualTo(24_007);
        });
    }
}
