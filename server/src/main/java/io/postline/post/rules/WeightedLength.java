package io.postline.post.rules;

import com.twitter.twittertext.TwitterTextParser;

/**
 * X's weighted length (twitter-text config v3): CJK and emoji weigh 2, every URL 23, after NFC.
 * The parser keeps no per-call state, so one instance serves every thread.
 */
final class WeightedLength implements TextLength {
    @Override
    public int of(String text) {
        return TwitterTextParser.parseTweet(text).weightedLength;
    }
}
