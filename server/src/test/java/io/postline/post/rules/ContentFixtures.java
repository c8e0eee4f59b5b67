package io.postline.post.rules;

import io.postline.post.Media;
import io.postline.post.PostContent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Small content factories with sensible defaults for the rules tests. */
final class ContentFixtures {
    static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";

    private ContentFixtures() {}

    static PostContent aTextPost(String text) {
        return new PostContent(text, Media.NONE);
    }

    static PostContent aPost(String text, Media media) {
        return new PostContent(text, media);
    }

    static PostContent aThread(String... texts) {
        List<PostContent.Part> replies = new ArrayList<>();
        for (int i = 1; i < texts.length; i++) {
            replies.add(new PostContent.Part(texts[i], Media.NONE));
        }
        return new PostContent(texts[0], Media.NONE, replies);
    }

    static Media.Photo aPhoto() {
        return new Media.Photo("https://cdn.example.com/photo.jpg", "A red bicycle against a wall");
    }

    static Media.Photo aPhotoAt(String url) {
        return new Media.Photo(url, "");
    }

    static Media.Photo aPhotoDescribedAs(String altText) {
        return new Media.Photo("https://cdn.example.com/photo.jpg", altText);
    }

    static Media.Video aVideo() {
        return new Media.Video("https://cdn.example.com/clip.mp4", "https://cdn.example.com/clip.jpg");
    }

    static Media photos(int count) {
        return new Media(IntStream.range(0, count).mapToObj(i -> aPhoto()).toList(), null);
    }

    static Media onePhoto(Media.Photo photo) {
        return new Media(List.of(photo), null);
    }

    static Media aVideoOnly() {
        return new Media(List.of(), aVideo());
    }

    /** An absolute URL exactly {@code length} characters long. */
    static String aUrlOfLength(int length) {
        String start = "https://example.com/";
        return start + "a".repeat(length - start.length());
    }
}
