package io.postline.post.rules;

import static io.postline.post.rules.ContentFixtures.aPhotoAt;
import static io.postline.post.rules.ContentFixtures.aThread;
import static io.postline.post.rules.ContentFixtures.onePhoto;
import static io.postline.post.rules.ContentFixtures.photos;
import static org.assertj.core.api.Assertions.assertThat;

import io.postline.channel.Service;
import io.postline.post.Media;
import io.postline.post.PostContent;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentRulesThreadTest {
    private final ContentRules rules = new ContentRules();

    @Test
    void a_thread_whose_parts_all_fit_is_accepted() {
        assertThat(rules.problems(Service.BLUESKY, aThread("1/3 Why", "2/3 because", "3/3 done"))).isEmpty();
    }

    @Test
    void a_thread_part_that_is_too_long_is_named() {
        assertThat(rules.problems(Service.TWITTER, aThread("Opening", "a".repeat(281))))
                .containsExactly("Thread part 2: Text is 281 characters long for X; the limit is 280.");
    }

    @Test
    void a_too_long_first_part_is_named_part_1_when_there_is_a_thread() {
        assertThat(rules.problems(Service.MASTODON, aThread("a".repeat(501), "fine")))
                .containsExactly("Thread part 1: Text is 501 characters long for Mastodon; the limit is 500.");
    }

    @Test
    void an_instance_text_limit_applies_to_every_part() {
        assertThat(rules.problems(Service.MASTODON, aThread("a".repeat(700), "a".repeat(1_001)), 1_000))
                .containsExactly("Thread part 2: Text is 1,001 characters long for Mastodon; the limit is 1,000.");
    }

    @Test
    void an_empty_thread_part_is_refused() {
        assertThat(rules.problems(Service.THREADS, aThread("Opening", "Middle", "  ")))
                .containsExactly("Thread part 3: The post has no text and no media.");
    }

    @Test
    void media_of_each_thread_part_is_checked() {
        PostContent content = new PostContent("Opening", Media.NONE, List.of(
                new PostContent.Part("Photos", photos(5)),
                new PostContent.Part("", onePhoto(aPhotoAt("ftp://e.com/a.jpg")))));

        assertThat(rules.problems(Service.BLUESKY, content)).containsExactly(
                "Thread part 2: Bluesky takes at most 4 photos; there are 5.",
                "Thread part 3: Photo 1 URL \"ftp://e.com/a.jpg\" is not an absolute http or https address.");
    }

    @Test
    void a_network_that_needs_media_looks_at_the_post_itself_not_its_replies() {
        PostContent content = new PostContent("Caption", Media.NONE, List.of(
                new PostContent.Part("", photos(1))));

        assertThat(rules.problems(Service.INSTAGRAM, content)).containsExactly("Instagram needs a photo or a video.");
    }
}
