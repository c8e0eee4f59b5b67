package io.postline.post.tag;

/** Refusal of a tag name the organization uses already (names are compared exactly). Nothing was changed. */
public final class DuplicateTagName extends RuntimeException {
    DuplicateTagName(String name) {
        super("A tag named '" + name + "' exists already in this organization.", null, false, false);
    }
}
