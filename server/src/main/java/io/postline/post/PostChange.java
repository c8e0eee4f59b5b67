package io.postline.post;

import java.time.Instant;

/** What updatePost changes; a null field stays as it is. */
public record PostChange(String text, Instant scheduledAt, Media media) {}
