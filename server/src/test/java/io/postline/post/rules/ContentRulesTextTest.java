package io.postline.post.rules;

import static io.postline.post.rules.ContentFixtures.FAMILY;
import static io.postline.post.rules.ContentFixtures.aPost;
import static io.postline.post.rules.ContentFixtures.aTextPost;
import static io.postline.post.rules.ContentFixtures.aUrlOfLength;
import static io.postline.post.rules.ContentFixtures.aVideoOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postline.channel.Service;
import io.postline.post.Media;
import io.postline.post.PostContent;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ContentRulesTextTest {
    private final ContentRules rules = new ContentRules();

    @Test
    void x_accepts_280_letters_and_refuses_281() {
        assertThat(rules.problems(Service.TWITTER, aTextPost("a".repeat(280)))).isEmpty();
        assertThat(rules.problems(Service.TWITTER, aTextPost("a".repeat(281))))
                .containsExactly("Text is 281 characters long for X; the limit is 280.");
    }

    @Test
    void x_counts_140_cjk_characters_as_280_and_accepts_them() {
        assertThat(rules.length(Service.TWITTER, "日".repeat(140))).isEqualTo(280);
        assertThat(rules.problems(Service.TWITTER, aTextPost("日".repeat(140)))).isEmpty();
        assertThat(rules.problems(Service.TWITTER, aTextPost("日".repeat(141))))
                .containsExactly("Text is 282 characters long for X; the limit is 280.");
    }

    @Test
    void x_counts_a_family_emoji_as_2_a_long_url_as_23_and_nfc_text_after_normalising() {
        assertThat(rules.length(Service.TWITTER, FAMILY)).isEqualTo(2);
        assertThat(rules.length(Service.TWITTER, aUrlOfLength(200))).isEqualTo(23);
        assertThat(rules.length(Service.TWITTER, "cafe\u0301")).isEqualTo(4);
    }

    @Test
    void x_accepts_250_letters_a_space_and_a_60_character_url_as_274() {
        String text = "a".repeat(250) + " " + aUrlOfLength(60);

        assertThat(rules.length(Service.TWITTER, text)).isEqualTo(274);
        assertThat(rules.problems(Service.TWITTER, aTextPost(text))).isEmpty();
    }

    @Test
    void x_refuses_8_more_letters_before_the_url_as_282() {
        String text = "a".repeat(258) + " " + aUrlOfLength(60);

        assertThat(rules.problems(Service.TWITTER, aTextPost(text)))
                .containsExactly("Text is 282 characters long for X; the limit is 280.");
    }

    @Test
    void bluesky_refuses_301_graphemes_and_accepts_300() {
        assertThat(rules.problems(Service.BLUESKY, aTextPost("a".repeat(300)))).isEmpty();
        assertThat(rules.problems(Service.BLUESKY, aTextPost("a".repeat(301))))
                .containsExactly("Text is 301 characters long for Bluesky; the limit is 300.");
    }

    @Test
    void bluesky_counts_a_family_emoji_as_one_grapheme() {
        assertThat(rules.length(Service.BLUESKY, FAMILY)).isEqualTo(1);
    }

    @Test
    void bluesky_refuses_300_family_emoji_on_bytes_although_the_graphemes_fit() {
        assertThat(rules.problems(Service.BLUESKY, aTextPost(FAMILY.repeat(300))))
                .containsExactly("Text is 7,500 bytes for Bluesky; the limit is 3,000 bytes.");
    }

    @Test
    void bluesky_accepts_3000_bytes_and_refuses_3012() {
        assertThat(rules.problems(Service.BLUESKY, aTextPost(FAMILY.repeat(120)))).isEmpty();
        assertThat(rules.problems(Service.BLUESKY, aTextPost(FAMILY.repeat(120) + "a".repeat(12))))
                .containsExactly("Text is 3,012 bytes for Bluesky; the limit is 3,000 bytes.");
    }

    @Test
    void bluesky_counts_urls_in_full() {
        String text = aUrlOfLength(200) + " " + "a".repeat(100);

        assertThat(rules.length(Service.BLUESKY, text)).isEqualTo(301);
        assertThat(rules.problems(Service.BLUESKY, aTextPost(text)))
                .containsExactly("Text is 301 characters long for Bluesky; the limit is 300.");
    }

    @Test
    void mastodon_counts_a_500_grapheme_post_with_a_200_character_url_as_323_and_accepts_it() {
        String text = "a".repeat(299) + " " + aUrlOfLength(200);

        assertThat(rules.length(Service.MASTODON, text)).isEqualTo(323);
        assertThat(rules.problems(Service.MASTODON, aTextPost(text))).isEmpty();
    }

    @Test
    void mastodon_counts_a_remote_mention_as_its_username() {
        assertThat(rules.length(Service.MASTODON, "@alice@example.social")).isEqualTo(6);
    }

    @Test
    void mastodon_accepts_500_and_refuses_501_by_default() {
        assertThat(rules.problems(Service.MASTODON, aTextPost("a".repeat(500)))).isEmpty();
        assertThat(rules.problems(Service.MASTODON, aTextPost("a".repeat(501))))
                .containsExactly("Text is 501 characters long for Mastodon; the limit is 500.");
    }

    @Test
    void mastodon_with_an_instance_limit_of_1000_accepts_700() {
        PostContent post = aTextPost("a".repeat(700));

        assertThat(rules.problems(Service.MASTODON, post, 1_000)).isEmpty();
        assertThat(rules.problems(Service.MASTODON, post))
                .containsExactly("Text is 700 characters long for Mastodon; the limit is 500.");
    }

    @Test
    void an_instance_limit_is_named_in_the_message() {
        assertThat(rules.problems(Service.MASTODON, aTextPost("a".repeat(1_001)), 1_000))
                .containsExactly("Text is 1,001 characters long for Mastodon; the limit is 1,000.");
    }

    @Test
    void an_instance_limit_does_not_lift_the_bluesky_byte_cap() {
        assertThat(rules.problems(Service.BLUESKY, aTextPost(FAMILY.repeat(300)), 10_000))
                .containsExactly("Text is 7,500 bytes for Bluesky; the limit is 3,000 bytes.");
    }

    @Test
    void a_text_limit_below_one_is_a_programming_error() {
        assertThatThrownBy(() -> rules.problems(Service.MASTODON, aTextPost("hi"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void threads_counts_a_curly_quote_as_3() {
        assertThat(rules.length(Service.THREADS, "’")).isEqualTo(3);
    }

    @Test
    void threads_refuses_167_curly_quotes_as_501_bytes_and_accepts_500_bytes() {
        assertThat(rules.problems(Service.THREADS, aTextPost("’".repeat(166) + "aa"))).isEmpty();
        assertThat(rules.problems(Service.THREADS, aTextPost("’".repeat(167))))
                .containsExactly("Text is 501 bytes for Threads; the limit is 500 bytes.");
    }

    @ParameterizedTest(name = "{0} accepts {1} graphemes")
    @CsvSource({
        "LINKEDIN, 3000, LinkedIn",
        "INSTAGRAM, 2200, Instagram",
        "FACEBOOK, 63206, Facebook",
        "TIKTOK, 2200, TikTok",
        "PINTEREST, 500, Pinterest",
        "YOUTUBE, 5000, YouTube",
        "GOOGLEBUSINESS, 1500, Google Business",
    })
    void grapheme_counted_networks_accept_their_limit_and_refuse_one_more(Service service, int limit, String name) {
        Media media = aVideoOrPhotoWhereAllowed(service);

        assertThat(rules.textLimit(service)).isEqualTo(limit);
        assertThat(rules.problems(service, aPost(FAMILY.repeat(limit), media))).isEmpty();
        assertThat(rules.problems(service, aPost("a".repeat(limit + 1), media)))
                .containsExactly(String.format(Locale.ROOT,
                        "Text is %,d characters long for %s; the limit is %,d.", limit + 1, name, limit));
    }

    @ParameterizedTest
    @CsvSource({"TWITTER, 280", "BLUESKY, 300", "MASTODON, 500", "THREADS, 500"})
    void text_limit_is_the_one_a_person_is_told_about(Service service, int limit) {
        assertThat(rules.textLimit(service)).isEqualTo(limit);
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void ordinary_text_with_fitting_media_has_no_problems_anywhere(Service service) {
        assertThat(rules.problems(service, aPost("Spring opening hours: 9 to 5 ’til June.",
                aVideoOrPhotoWhereAllowed(service)))).isEmpty();
    }

    @Test
    void messages_group_thousands_the_same_way_whatever_the_jvm_locale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(rules.problems(Service.BLUESKY, aTextPost(FAMILY.repeat(120) + "a".repeat(12))))
                    .containsExactly("Text is 3,012 bytes for Bluesky; the limit is 3,000 bytes.");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Media aVideoOrPhotoWhereAllowed(Service service) {
        return service == Service.GOOGLEBUSINESS ? ContentFixtures.photos(1) : aVideoOnly();
    }
}
