package io.postline.post.rules;

/**
 * Defuses long runs of dot-joined labels ("a.a.a.…") before twitter-text's URL regex sees them. That
 * regex backtracks quadratically on such runs: 3,000 characters of "a." take over ten seconds, so any
 * caller could stall a thread. No real address has this many labels in a row.
 */
final class DottedRuns {
    /** Real host names and dotted paths stay far below this; the regex costs grow with its square. */
    static final int MAX_LABELS = 16;

    private DottedRuns() {}

    /**
     * The text with the dots of every over-long run replaced by spaces. A space weighs the same as a dot
     * for X and is one grapheme too, and the indices do not move, so counts change only in that no URL
     * is found inside such a run.
     */
    static String defuse(String text) {
        char[] chars = null;
        int runStart = 0;
        int labels = 0;
        boolean inLabel = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (isLabelChar(c)) {
                if (!inLabel) {
                    runStart = labels == 0 ? i : runStart;
                    labels++;
                    inLabel = true;
                }
            } else if (c == '.' && inLabel) {
                inLabel = false;
            } else {
                if (labels > MAX_LABELS) {
                    chars = chars == null ? text.toCharArray() : chars;
                    blankDots(chars, runStart, i);
                }
                labels = 0;
                inLabel = false;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static void blankDots(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] == '.') {
                chars[i] = ' ';
            }
        }
    }

    /** As twitter-text's domain characters: anything but whitespace, controls and ASCII punctuation bar - and _. */
    private static boolean isLabelChar(char c) {
        if (c == '-' || c == '_') {
            return true;
        }
        boolean asciiPunctuation = c < 0x80 && !Character.isLetterOrDigit(c);
        return !asciiPunctuation && !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c);
    }
}
