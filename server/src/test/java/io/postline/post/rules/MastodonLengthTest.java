package io.postline.post.rules;

import static io.postline.post.rules.ContentFixtures.FAMILY;
import static io.postline.post.rules.ContentFixtures.aUrlOfLength;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MastodonLengthTest {
    private final MastodonLength length = new MastodonLength();

    @Test
    void a_500_grapheme_post_with_a_200_character_url_counts_323() {
        String text = "a".repeat(299) + " " + aUrlOfLength(200);
        assertThat(new GraphemeLength().of(text)).isEqualTo(500);

        assertThat(length.of(text)).isEqualTo(323);
    }

    @Test
    void a_remote_mention_counts_as_the_username_only() {
        assertThat(length.of("@alice@example.social")).isEqualTo(6);
    }

    @Test
    void a_remote_mention_inside_a_sentence_counts_as_the_username_only() {
        assertThat(length.of("Thanks @alice@example.social!")).isEqualTo("Thanks @alice!".length());
    }

    @Test
    void a_local_mention_counts_in_full() {
        assertThat(length.of("@alice hello")).isEqualTo(12);
    }

    @Test
    void an_email_address_is_not_a_mention_and_counts_in_full() {
        assertThat(length.of("mail alice@example.social")).isEqualTo(25);
    }

    @Test
    void a_url_containing_a_remote_mention_counts_as_one_url() {
        assertThat(length.of("https://example.social/@alice@other.example/1234567890")).isEqualTo(23);
    }

    @Test
    void a_domain_without_a_scheme_counts_in_full() {
        assertThat(length.of("see example.com")).isEqualTo(15);
    }

    @Test
    void every_url_counts_23_even_when_shorter() {
        assertThat(length.of("https://a.co https://example.org/x")).isEqualTo(23 + 1 + 23);
    }

    @Test
    void emoji_count_as_graphemes() {
        assertThat(length.of(FAMILY + FAMILY)).isEqualTo(2);
    }

    @Test
    void whitespace_alone_counts_nothing() {
        assertThat(length.of("  \n ")).isZero();
    }

    @Test
    void a_username_with_dots_and_dashes_inside_counts_as_the_username_only() {
        assertThat(length.of("@a.l-ice@example.social")).isEqualTo("@a.l-ice".length());
    }

    @Test
    void a_username_ending_in_a_dot_is_not_a_mention() {
        assertThat(length.of("@alice.@example.social")).isEqualTo(22);
    }

    @Test
    void text_built_to_make_the_url_and_mention_regexes_backtrack_is_counted_quickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(length.of("https://" + "a.".repeat(12_000))).isEqualTo(24_008);
            assertThat(length.of("@" + "a".repeat(25_000))).isEqualTo(25_001);
            assertThat(length.of("@a.".repeat(8_000))).isEqualTo(24_000);
        });
    }
}
