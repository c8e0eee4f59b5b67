package io.postline.post.rules;

import java.util.Locale;
import java.util.Optional;

/** A maximum for some text, measured one network's way, and the sentence that explains a breach. */
record TextLimit(TextLength length, int max, Unit unit) {

    enum Unit {
        CHARACTERS("%s is %s characters long for %s; the limit is %s."),
        BYTES("%s is %s bytes for %s; the limit is %s bytes.");

        private final String sentence;

        Unit(String sentence) {
            this.sentence = sentence;
        }
    }

    static TextLimit characters(TextLength length, int max) {
        return new TextLimit(length, max, Unit.CHARACTERS);
    }

    static TextLimit bytes(int max) {
        return new TextLimit(new Utf8Length(), max, Unit.BYTES);
    }

    TextLimit withMax(int newMax) {
        return new TextLimit(length, newMax, unit);
    }

    /** Why {@code text} is too long, starting with {@code subject} ("Text", "Photo 2 alt text"). */
    Optional<String> problem(String subject, String text, String network) {
        int counted = length.of(text);
        if (counted <= max) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, unit.sentence, subject, grouped(counted), network, grouped(max)));
    }

    /** "3,012": the same in every JVM locale, so messages and tests do not depend on the host. */
    private static String grouped(int number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
