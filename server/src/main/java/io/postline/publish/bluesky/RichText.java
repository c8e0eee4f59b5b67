package io.postline.publish.bluesky;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the links, mentions and hashtags in a post's text. Bluesky shows none of them as clickable unless the
 * record carries a facet for each, located by UTF-8 byte offsets (not Java's UTF-16 indexes).
 */
final class RichText {
    enum Kind { LINK, MENTION, TAG }

    /** A found piece of text: {@code value} is the URL, the handle without '@', or the tag without '#'. */
    record Span(Kind kind, int byteStart, int byteEnd, String value) {}

    /** Bluesky's limit for one tag. */
    static final int MAX_TAG_LENGTH = 64;

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Pattern MENTION = Pattern.compile(
            "(?:^|(?<=[\\s(]))@([a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*\\.[a-zA-Z][a-zA-Z0-9-]*)");
    private static final Pattern TAG = Pattern.compile("(?:^|(?<=\\s))[#\uFF03]([^\\s#\uFF03]+)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("\\p{P}+$");
    private static final Pattern ALL_DIGITS = Pattern.compile("\\d+");

    private RichText() {}

    static List<Span> find(String text) {
        var spans = new ArrayList<Span>();
        links(text, spans);
        mentions(text, spans);
        tags(text, spans);
        spans.sort(Comparator.comparingInt(Span::byteStart));
        return spans;
    }

    private static void links(String text, List<Span> spans) {
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String url = trimUrl(m.group());
            spans.add(span(text, Kind.LINK, m.start(), m.start() + url.length(), url));
        }
    }

    private static void mentions(String text, List<Span> spans) {
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            spans.add(span(text, Kind.MENTION, m.start(), m.end(), m.group(1)));
        }
    }

    private static void tags(String text, List<Span> spans) {
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            String tag = TRAILING_PUNCTUATION.matcher(m.group(1)).replaceFirst("");
            if (tag.isEmpty() || ALL_DIGITS.matcher(tag).matches()
                    || tag.codePointCount(0, tag.length()) > MAX_TAG_LENGTH) {
                continue;
            }
            int start = m.start();
            spans.add(span(text, Kind.TAG, start, m.start(1) + tag.length(), tag));
        }
    }

    /** Sentence punctuation after a URL is not part of it; a ')' is, when the URL opened one (Wikipedia). */
    private static String trimUrl(String url) {
        String trimmed = url;
        while (!trimmed.isEmpty()) {
            char last = trimmed.charAt(trimmed.length() - 1);
            boolean unbalancedParen = last == ')' && count(trimmed, '(') < count(trimmed, ')');
            if (".,;:!?'\"".indexOf(last) < 0 && !unbalancedParen) {
                break;
            }
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }

    private static Span span(String text, Kind kind, int charStart, int charEnd, String value) {
        return new Span(kind, utf8Length(text.substring(0, charStart)), utf8Length(text.substring(0, charEnd)), value);
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
