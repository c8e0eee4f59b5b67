package io.postline.post.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DottedRunsTest {

    @Test
    void ordinary_text_is_returned_unchanged() {
        String text = "See https://docs.example.co.uk/v1.2.3/guide.html, e.g. io.postline.post.rules… ok.";

        assertThat(DottedRuns.defuse(text)).isSameAs(text);
    }

    @Test
    void a_run_of_16_labels_keeps_its_dots() {
        String run = "a.".repeat(15) + "com";

        assertThat(DottedRuns.defuse(run)).isEqualTo(run);
    }

    @Test
    void a_run_of_17_labels_has_its_dots_replaced_by_spaces() {
        assertThat(DottedRuns.defuse("x " + "a.".repeat(16) + "com y"))
                .isEqualTo("x " + "a ".repeat(16) + "com y");
    }

    @Test
    void the_length_never_changes() {
        String text = "@" + "a.b-".repeat(500) + " https://example.com/" + "😀.".repeat(300);

        assertThat(DottedRuns.defuse(text)).hasSameSizeAs(text);
    }

    @Test
    void a_double_dot_ends_a_run() {
        String twoShortRuns = "a.".repeat(10) + "." + "a.".repeat(10);

        assertThat(DottedRuns.defuse(twoShortRuns)).isEqualTo(twoShortRuns);
    }

    @Test
    void emoji_and_hyphens_count_as_label_characters_as_they_do_for_twitter_text() {
        assertThat(DottedRuns.defuse("😀-x.".repeat(20))).doesNotContain(".");
    }
}
