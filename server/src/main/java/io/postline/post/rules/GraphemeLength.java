package io.postline.post.rules;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/** User-perceived characters (extended grapheme clusters): a family emoji or a flag is one. */
final class GraphemeLength implements TextLength {
    @Override
    public int of(String text) {
        // A BreakIterator holds the text it walks, so sharing one between threads would mix their counts.
        BreakIterator graphemes = BreakIterator.getCharacterInstance(ULocale.ROOT);
        graphemes.setText(text);
        int count = 0;
        while (graphemes.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
