package io.postline.post.rules;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mastodon's StatusLengthValidator: grapheme clusters of the text after every URL is replaced by 23
 * characters and every remote mention {@code @user@domain} by {@code @user}.
 */
final class MastodonLength implements TextLength {
    /** StatusLengthValidator::URL_PLACEHOLDER is {@code 'x' * 23}; instances report it as characters_reserved_per_url. */
    static final int URL_LENGTH = 23;
    private static final String URL_PLACEHOLDER = "x".repeat(URL_LENGTH);

    /** Ruby's [[:word:]], which Mastodon's regexes use; Java's \w is ASCII-only. */
    private static final String WORD_CHARS = "\\p{L}\\p{M}\\p{N}\\p{Pc}";
    private static final String WORD = "[" + WORD_CHARS + "]";
    /**
     * Account::MENTION_RE with the domain made mandatory: only remote mentions get a discount. The
     * username is USERNAME_RE rewritten so no two quantifiers compete for a character (same names
     * matched); the original form backtracks quadratically on a long run of letters.
     */
    private static final Pattern REMOTE_MENTION = Pattern.compile(
            "(?<![=/" + WORD_CHARS + "])@([a-z0-9_]++(?:[.-]++[a-z0-9_]++)*+)@" + WORD + "++(?:[.-]++" + WORD + "++)*+",
            Pattern.CASE_INSENSITIVE);

    private final GraphemeLength graphemes = new GraphemeLength();

    @Override
    public int of(String text) {
        // Mastodon returns '' for blank text before counting, so whitespace alone costs nothing.
        if (text.isBlank()) {
            return 0;
        }
        return graphemes.of(countable(text));
    }

    private static String countable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (Rewrite rewrite : withoutOverlaps(rewrites(text))) {
            out.append(text, copied, rewrite.start()).append(rewrite.replacement());
            copied = rewrite.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static List<Rewrite> rewrites(String text) {
        List<Rewrite> found = new ArrayList<>();
        // Mastodon extracts URLs without the protocol-less form, so "example.com" counts in full.
        // A new Extractor per call because its settings are mutable fields.
        Extractor extractor = new Extractor();
        extractor.setExtractURLWithoutProtocol(false);
        // Defusing keeps every index, so the spans found apply to the original text.
        for (Extractor.Entity url : extractor.extractURLsWithIndices(DottedRuns.defuse(text))) {
            found.add(new Rewrite(url.getStart(), url.getEnd(), URL_PLACEHOLDER));
        }
        Matcher mention = REMOTE_MENTION.matcher(text);
        while (mention.find()) {
            found.add(new Rewrite(mention.start(), mention.end(), "@" + mention.group(1)));
        }
        return found;
    }

    /** As twitter-text's removeOverlappingEntities: the entity that starts first wins. */
    private static List<Rewrite> withoutOverlaps(List<Rewrite> rewrites) {
        rewrites.sort(Comparator.comparingInt(Rewrite::start));
        List<Rewrite> kept = new ArrayList<>();
        int end = 0;
        for (Rewrite rewrite : rewrites) {
            if (rewrite.start() >= end) {
                kept.add(rewrite);
                end = rewrite.end();
            }
        }
        return kept;
    }

    private record Rewrite(int start, int end, String replacement) {}
}
