package io.postline.post.rules;

/**
 * Unicode code points, which is what Ruby's String#length counts; Mastodon validates media
 * descriptions that way, so an emoji sequence costs one per code point there.
 */
final class CodePointLength implements TextLength {
    @Override
    public int of(String text) {
        return text.codePointCount(0, text.length());
    }
}
