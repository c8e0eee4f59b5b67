package io.postline.post;

import java.util.List;

/**
 * The publishable content of one post: its first part and any further thread parts, each replying to
 * the one before it.
 */
public record PostContent(String text, Media media, List<Part> thread) {
    public PostContent {
        text = text == null ? "" : text;
        media = media == null ? Media.NONE : media;
        thread = thread == null ? List.of() : List.copyOf(thread);
    }

    public PostContent(String text, Media media) {
        this(text, media, List.of());
    }

    /** All parts in publishing order: the post itself first, then the thread replies. */
    public List<Part> parts() {
        if (thread.isEmpty()) {
            return List.of(new Part(text, media));
        }
        var all = new java.util.ArrayList<Part>();
        all.add(new Part(text, media));
        all.addAll(thread);
        return all;
    }

    public record Part(String text, Media media) {
        public Part {
            text = text == null ? "" : text;
            media = media == null ? Media.NONE : media;
        }
    }
}
