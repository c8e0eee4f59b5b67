package io.postline.post.rules;

import static io.postline.post.rules.ContentFixtures.FAMILY;
import static io.postline.post.rules.ContentFixtures.aPhoto;
import static io.postline.post.rules.ContentFixtures.aPhotoAt;
import static io.postline.post.rules.ContentFixtures.aPhotoDescribedAs;
import static io.postline.post.rules.ContentFixtures.aPost;
import static io.postline.post.rules.ContentFixtures.aTextPost;
import static io.postline.post.rules.ContentFixtures.aVideo;
import static io.postline.post.rules.ContentFixtures.aVideoOnly;
import static io.postline.post.rules.ContentFixtures.onePhoto;
import static io.postline.post.rules.ContentFixtures.photos;
import static org.assertj.core.api.Assertions.assertThat;

import io.postline.channel.Service;
import io.postline.post.Media;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContentRulesMediaTest {
    private final ContentRules rules = new ContentRules();

    @ParameterizedTest(name = "{0} needs media")
    @CsvSource(delimiter = '|', value = {
        "INSTAGRAM | Instagram needs a photo or a video.",
        "TIKTOK    | TikTok needs a video or photos.",
        "PINTEREST | Pinterest needs a photo or a video.",
        "YOUTUBE   | YouTube needs a video.",
    })
    void networks_that_need_media_refuse_text_alone_with_one_message(Service service, String message) {
        assertThat(rules.problems(service, aTextPost("Our new menu is out"))).containsExactly(message);
        assertThat(rules.problems(service, aTextPost(""))).containsExactly(message);
    }

    @ParameterizedTest
    @EnumSource(value = Service.class, names = {"INSTAGRAM", "TIKTOK", "PINTEREST", "YOUTUBE"})
    void networks_that_need_media_accept_a_video_without_text(Service service) {
        assertThat(rules.problems(service, aPost("", aVideoOnly()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Service.class, names = {"INSTAGRAM", "TIKTOK", "PINTEREST"})
    void networks_that_take_photos_instead_of_video_accept_a_photo_without_text(Service service) {
        assertThat(rules.problems(service, aPost("", photos(1)))).isEmpty();
    }

    @Test
    void youtube_refuses_photos_and_still_asks_for_a_video() {
        assertThat(rules.problems(Service.YOUTUBE, aPost("Trailer", photos(1)))).containsExactly(
                "YouTube needs a video.",
                "YouTube takes no photos; there is 1.");
    }

    @ParameterizedTest
    @EnumSource(value = Service.class, names = {"TWITTER", "BLUESKY", "MASTODON", "THREADS", "LINKEDIN", "FACEBOOK",
        "GOOGLEBUSINESS"})
    void a_post_with_no_text_and_no_media_is_refused(Service service) {
        assertThat(rules.problems(service, aTextPost(" \n\t "))).containsExactly("The post has no text and no media.");
    }

    @Test
    void a_post_with_a_photo_needs_no_text() {
        assertThat(rules.problems(Service.TWITTER, aPost("", photos(1)))).isEmpty();
    }

    @Test
    void video_together_with_photos_is_refused() {
        Media both = new Media(List.of(aPhoto()), aVideo());

        assertThat(rules.problems(Service.TWITTER, aPost("Launch day", both)))
                .containsExactly("X takes photos or one video, not both.");
    }

    @ParameterizedTest(name = "{0} takes {1} photos")
    @CsvSource({
        "TWITTER, 4, X",
        "BLUESKY, 4, Bluesky",
        "MASTODON, 4, Mastodon",
        "LINKEDIN, 9, LinkedIn",
        "THREADS, 10, Threads",
        "INSTAGRAM, 10, Instagram",
        "FACEBOOK, 10, Facebook",
        "TIKTOK, 35, TikTok",
        "PINTEREST, 5, Pinterest",
    })
    void each_network_accepts_its_photo_cap_and_refuses_one_more(Service service, int cap, String name) {
        assertThat(rules.problems(service, aPost("Gallery", photos(cap)))).isEmpty();
        assertThat(rules.problems(service, aPost("Gallery", photos(cap + 1))))
                .containsExactly(name + " takes at most " + cap + " photos; there are " + (cap + 1) + ".");
    }

    @Test
    void google_business_takes_one_photo_and_no_video() {
        assertThat(rules.problems(Service.GOOGLEBUSINESS, aPost("Open Sunday", photos(1)))).isEmpty();
        assertThat(rules.problems(Service.GOOGLEBUSINESS, aPost("Open Sunday", photos(2))))
                .containsExactly("Google Business takes at most 1 photo; there are 2.");
        assertThat(rules.problems(Service.GOOGLEBUSINESS, aPost("Open Sunday", aVideoOnly())))
                .containsExactly("Google Business does not take video.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ftp://example.com/photo.jpg",
        "/uploads/photo.jpg",
        "photo.jpg",
        "file:///tmp/photo.jpg",
        "javascript:alert(1)",
        "https://example.com/my photo.jpg",
        "https:///photo.jpg",
    })
    void a_photo_url_that_is_not_absolute_http_or_https_is_refused_by_name(String url) {
        assertThat(rules.problems(Service.TWITTER, aPost("Look", onePhoto(aPhotoAt(url)))))
                .containsExactly("Photo 1 URL \"" + url + "\" is not an absolute http or https address.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com/a.jpg", "HTTPS://EXAMPLE.COM/A.JPG", "https://例え.jp/写真.jpg",
        "https://cdn.example.com:8443/a.jpg?v=2#top"})
    void an_absolute_web_address_is_accepted_for_a_photo(String url) {
        assertThat(rules.problems(Service.TWITTER, aPost("Look", onePhoto(aPhotoAt(url))))).isEmpty();
    }

    @Test
    void the_photo_with_the_bad_url_is_named_by_its_position() {
        Media media = new Media(List.of(aPhoto(), aPhotoAt("ftp://example.com/2.jpg")), null);

        assertThat(rules.problems(Service.TWITTER, aPost("Two", media)))
                .containsExactly("Photo 2 URL \"ftp://example.com/2.jpg\" is not an absolute http or https address.");
    }

    @Test
    void a_photo_without_a_url_is_refused() {
        assertThat(rules.problems(Service.TWITTER, aPost("Look", onePhoto(aPhotoAt(" ")))))
                .containsExactly("Photo 1 has no URL.");
    }

    @Test
    void bad_video_and_thumbnail_urls_are_refused_by_name() {
        Media media = new Media(List.of(), new Media.Video("s3://bucket/clip.mp4", "clip.jpg"));

        assertThat(rules.problems(Service.YOUTUBE, aPost("Clip", media))).containsExactly(
                "Video URL \"s3://bucket/clip.mp4\" is not an absolute http or https address.",
                "Video thumbnail URL \"clip.jpg\" is not an absolute http or https address.");
    }

    @Test
    void a_video_without_a_thumbnail_is_accepted() {
        Media media = new Media(List.of(), new Media.Video("https://cdn.example.com/clip.mp4", null));

        assertThat(rules.problems(Service.YOUTUBE, aPost("Clip", media))).isEmpty();
    }

    @Test
    void a_video_without_a_url_is_refused() {
        Media media = new Media(List.of(), new Media.Video(null, null));

        assertThat(rules.problems(Service.TIKTOK, aPost("Clip", media))).containsExactly("The video has no URL.");
    }

    @Test
    void mastodon_accepts_1500_characters_of_alt_text_and_refuses_1501() {
        assertThat(rules.problems(Service.MASTODON, aPost("", onePhoto(aPhotoDescribedAs("a".repeat(1_500))))))
                .isEmpty();
        assertThat(rules.problems(Service.MASTODON, aPost("", onePhoto(aPhotoDescribedAs("a".repeat(1_501))))))
                .containsExactly("Photo 1 alt text is 1,501 characters long for Mastodon; the limit is 1,500.");
    }

    @Test
    void mastodon_counts_alt_text_in_code_points_so_emoji_sequences_cost_more() {
        String alt = FAMILY.repeat(215);

        assertThat(rules.problems(Service.MASTODON, aPost("", onePhoto(aPhotoDescribedAs(alt)))))
                .containsExactly("Photo 1 alt text is 1,505 characters long for Mastodon; the limit is 1,500.");
    }

    @Test
    void bluesky_accepts_2000_graphemes_of_alt_text_and_refuses_2001() {
        assertThat(rules.problems(Service.BLUESKY, aPost("", onePhoto(aPhotoDescribedAs(FAMILY.repeat(2_000))))))
                .isEmpty();
        assertThat(rules.problems(Service.BLUESKY, aPost("", onePhoto(aPhotoDescribedAs("a".repeat(2_001))))))
                .containsExactly("Photo 1 alt text is 2,001 characters long for Bluesky; the limit is 2,000.");
    }

    @Test
    void pinterest_refuses_alt_text_over_500() {
        assertThat(rules.problems(Service.PINTEREST, aPost("", onePhoto(aPhotoDescribedAs("a".repeat(501))))))
                .containsExactly("Photo 1 alt text is 501 characters long for Pinterest; the limit is 500.");
    }

    @Test
    void networks_without_a_documented_alt_limit_accept_long_alt_text() {
        assertThat(rules.problems(Service.TWITTER, aPost("", onePhoto(aPhotoDescribedAs("a".repeat(10_000))))))
                .isEmpty();
    }

    @Test
    void a_photo_without_alt_text_is_accepted() {
        assertThat(rules.problems(Service.MASTODON, aPost("", onePhoto(new Media.Photo("https://e.com/a.jpg", null)))))
                .isEmpty();
    }

    @Test
    void every_problem_of_a_post_is_reported_together() {
        Media media = new Media(List.of(aPhoto(), aPhoto(), aPhoto(), aPhoto(), aPhotoAt("ftp://e.com/5.jpg")), aVideo());

        assertThat(rules.problems(Service.TWITTER, aPost("a".repeat(300), media))).containsExactly(
                "Text is 300 characters long for X; the limit is 280.",
                "Photo 5 URL \"ftp://e.com/5.jpg\" is not an absolute http or https address.",
                "X takes photos or one video, not both.",
                "X takes at most 4 photos; there are 5.");
    }
}
