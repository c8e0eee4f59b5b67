package io.postline.post.rules;

import java.nio.charset.StandardCharsets;

/** Bytes on the wire: Bluesky's maxLength and Threads' observed counting ("’" is 3, not 1). */
final class Utf8Length implements TextLength {
    @Override
    public int of(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
