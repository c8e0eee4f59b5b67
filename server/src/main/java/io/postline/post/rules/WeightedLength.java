package io.postline.post.rules;

import com.twitter.twittertext.TwitterTextParser;

/**
 * X's weighted length (twitter-text config v3): CJK and emoji weigh 2, every URL 23, after NFC.
 * The parser keeps no per-call state, so one instance serves every thread. Text goes through
 * {@link DottedRuns} first, as the parser's URL regex is quadratic on long dotted runs.
 */
final class WeightedLength implements TextLength {
    @Override
    public int of(String text) {
        return TwitterTextParser.parseTweet(DottedRuns.defuse(text)).weightedLength;
    }
}
