package io.postline.post.rules;

/** One network's way of measuring text: the number it compares with its limit. */
interface TextLength {
    int of(String text);
}
