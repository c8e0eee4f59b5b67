package io.postline.post;

import java.util.List;

/** What a post carries besides text: photos with alt text, or one video with a thumbnail. */
public record Media(List<Photo> photos, Video video) {
    public static final Media NONE = new Media(List.of(), null);

    public Media {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    public boolean isEmpty() {
        return photos.isEmpty() && video == null;
    }

    public record Photo(String url, String altText) {}

    public record Video(String url, String thumbnailUrl) {}
}
