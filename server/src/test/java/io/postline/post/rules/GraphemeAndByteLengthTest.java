package io.postline.post.rules;

import static io.postline.post.rules.ContentFixtures.FAMILY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GraphemeAndByteLengthTest {
    private final GraphemeLength graphemes = new GraphemeLength();
    private final Utf8Length bytes = new Utf8Length();
    private final CodePointLength codePoints = new CodePointLength();

    @Test
    void a_family_emoji_is_one_grapheme_but_25_bytes_and_7_code_points() {
        assertThat(graphemes.of(FAMILY)).isEqualTo(1);
        assertThat(bytes.of(FAMILY)).isEqualTo(25);
        assertThat(codePoints.of(FAMILY)).isEqualTo(7);
    }

    @Test
    void three_hundred_family_emoji_are_300_graphemes_and_7500_bytes() {
        String text = FAMILY.repeat(300);

        assertThat(graphemes.of(text)).isEqualTo(300);
        assertThat(bytes.of(text)).isEqualTo(7_500);
    }

    @Test
    void a_curly_quote_is_one_grapheme_but_three_bytes() {
        assertThat(graphemes.of("’")).isEqualTo(1);
        assertThat(bytes.of("’")).isEqualTo(3);
    }

    @Test
    void a_letter_with_a_combining_accent_is_one_grapheme_without_normalising() {
        assertThat(graphemes.of("cafe\u0301")).isEqualTo(4);
        assertThat(codePoints.of("cafe\u0301")).isEqualTo(5);
    }

    @Test
    void a_flag_is_one_grapheme() {
        assertThat(graphemes.of("\uD83C\uDDEF\uD83C\uDDF5")).isEqualTo(1);
    }

    @Test
    void empty_text_has_no_graphemes_and_no_bytes() {
        assertThat(graphemes.of("")).isZero();
        assertThat(bytes.of("")).isZero();
    }
}
