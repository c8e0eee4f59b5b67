package io.postline.publish.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import io.postline.publish.bluesky.RichText.Kind;
import io.postline.publish.bluesky.RichText.Span;
import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void locates_a_link_after_an_emoji_by_utf8_bytes() {
        // networks.md: in "✨ https://x.com" the link starts at byte 4 although Java index 2.
        assertThat(RichText.find("✨ https://x.com"))
                .containsExactly(new Span(Kind.LINK, 4, 17, "https://x.com"));
    }

    @Test
    void leaves_sentence_punctuation_out_of_links_but_keeps_balanced_parentheses() {
        assertThat(RichText.find("see https://example.com/a. and (https://en.wikipedia.org/wiki/Go_(game)) ok"))
                .extracting(Span::value)
                .containsExactly("https://example.com/a", "https://en.wikipedia.org/wiki/Go_(game)");
    }

    @Test
    void finds_mentions_without_the_at_sign_in_the_value_and_ignores_email_addresses() {
        assertThat(RichText.find("hi @alice.test, mail bob@example.com"))
                .containsExactly(new Span(Kind.MENTION, 3, 14, "alice.test"));
    }

    @Test
    void finds_hashtags_without_their_hash_or_trailing_punctuation() {
        assertThat(RichText.find("Grüße #Release2026! #123 #"))
                .containsExactly(new Span(Kind.TAG, 8, 20, "Release2026"));
    }

    @Test
    void does_not_read_a_url_fragment_as_a_hashtag() {
        assertThat(RichText.find("https://example.com/#top")).extracting(Span::kind).containsExactly(Kind.LINK);
    }

    @Test
    void reports_spans_in_text_order() {
        assertThat(RichText.find("#a @b.test https://c.dev")).extracting(Span::kind)
                .containsExactly(Kind.TAG, Kind.MENTION, Kind.LINK);
    }
}
