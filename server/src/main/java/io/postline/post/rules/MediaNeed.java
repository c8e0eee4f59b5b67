package io.postline.post.rules;

import io.postline.post.Media;
import java.util.Optional;

/** Whether a network publishes only posts that carry media, and which media will do. */
enum MediaNeed {
    NONE(""),
    PHOTO_OR_VIDEO("%s needs a photo or a video."),
    VIDEO_OR_PHOTOS("%s needs a video or photos."),
    VIDEO("%s needs a video.");

    private final String sentence;

    MediaNeed(String sentence) {
        this.sentence = sentence;
    }

    boolean required() {
        return this != NONE;
    }

    Optional<String> problem(Media media, String network) {
        boolean met = switch (this) {
            case NONE -> true;
            case VIDEO -> media.video() != null;
            case PHOTO_OR_VIDEO, VIDEO_OR_PHOTOS -> !media.isEmpty();
        };
        return met ? Optional.empty() : Optional.of(String.format(sentence, network));
    }
}
