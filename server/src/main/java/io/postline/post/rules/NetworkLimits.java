package io.postline.post.rules;

import io.postline.channel.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one network accepts in a post. {@code text} holds every text limit; the first is the one a
 * person sees and an instance may override. Numbers come from docs/networks.md.
 */
record NetworkLimits(
        List<TextLimit> text, int maxPhotos, boolean takesVideo, MediaNeed need, Optional<TextLimit> altText) {

    /** twitter-text v3 maxWeightedTweetLength; Premium accounts pass their own limit. */
    static final int X_WEIGHTED_CHARACTERS = 280;
    static final int X_PHOTOS = 4;

    /** app.bsky.feed.post maxGraphemes and maxLength: both apply, URLs count in full. */
    static final int BLUESKY_GRAPHEMES = 300;
    static final int BLUESKY_BYTES = 3_000;
    /** app.bsky.embed.images takes at most 4. */
    static final int BLUESKY_PHOTOS = 4;
    /** Our choice: the images lexicon sets no maximum, and 2,000 is twice the video alt cap of 1,000. */
    static final int BLUESKY_ALT_GRAPHEMES = 2_000;

    /** Defaults of /api/v2/instance; instances may configure more text (passed as textLimit). */
    static final int MASTODON_CHARACTERS = 500;
    static final int MASTODON_PHOTOS = 4;
    /** media description_limit, counted as Ruby String#length (code points). */
    static final int MASTODON_ALT_CHARACTERS = 1_500;

    /** Counted as UTF-8 bytes: Meta counts emoji, and in practice curly quotes, by their bytes. */
    static final int THREADS_BYTES = 500;
    /** Sources quote 10 to 20 carousel items; 10 is the one every source accepts. */
    static final int THREADS_PHOTOS = 10;

    static final int LINKEDIN_CHARACTERS = 3_000;
    /** Sources differ (9 or 10); 9 is safe for both. */
    static final int LINKEDIN_PHOTOS = 9;

    static final int INSTAGRAM_CAPTION = 2_200;
    static final int INSTAGRAM_CAROUSEL = 10;

    static final int FACEBOOK_CHARACTERS = 63_206;
    static final int FACEBOOK_PHOTOS = 10;

    static final int TIKTOK_CAPTION = 2_200;
    static final int TIKTOK_PHOTOS = 35;

    static final int PINTEREST_DESCRIPTION = 500;
    static final int PINTEREST_PHOTOS = 5;
    static final int PINTEREST_ALT_CHARACTERS = 500;

    static final int YOUTUBE_DESCRIPTION = 5_000;
    /** A YouTube post is one video; photos have nowhere to go. */
    static final int YOUTUBE_PHOTOS = 0;

    static final int GOOGLE_BUSINESS_SUMMARY = 1_500;
    static final int GOOGLE_BUSINESS_PHOTOS = 1;

    NetworkLimits {
        text = List.copyOf(text);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one text limit");
        }
    }

    static NetworkLimits of(Service service) {
        TextLength graphemes = new GraphemeLength();
        return switch (service) {
            case TWITTER -> plain(TextLimit.characters(new WeightedLength(), X_WEIGHTED_CHARACTERS), X_PHOTOS);
            case BLUESKY -> new NetworkLimits(
                    List.of(TextLimit.characters(graphemes, BLUESKY_GRAPHEMES), TextLimit.bytes(BLUESKY_BYTES)),
                    BLUESKY_PHOTOS, true, MediaNeed.NONE,
                    Optional.of(TextLimit.characters(graphemes, BLUESKY_ALT_GRAPHEMES)));
            case MASTODON -> new NetworkLimits(
                    List.of(TextLimit.characters(new MastodonLength(), MASTODON_CHARACTERS)),
                    MASTODON_PHOTOS, true, MediaNeed.NONE,
                    Optional.of(TextLimit.characters(new CodePointLength(), MASTODON_ALT_CHARACTERS)));
            case THREADS -> plain(TextLimit.bytes(THREADS_BYTES), THREADS_PHOTOS);
            case LINKEDIN -> plain(TextLimit.characters(graphemes, LINKEDIN_CHARACTERS), LINKEDIN_PHOTOS);
            case FACEBOOK -> plain(TextLimit.characters(graphemes, FACEBOOK_CHARACTERS), FACEBOOK_PHOTOS);
            case INSTAGRAM -> plain(TextLimit.characters(graphemes, INSTAGRAM_CAPTION), INSTAGRAM_CAROUSEL)
                    .needing(MediaNeed.PHOTO_OR_VIDEO);
            case TIKTOK -> plain(TextLimit.characters(graphemes, TIKTOK_CAPTION), TIKTOK_PHOTOS)
                    .needing(MediaNeed.VIDEO_OR_PHOTOS);
            case PINTEREST -> new NetworkLimits(
                    List.of(TextLimit.characters(graphemes, PINTEREST_DESCRIPTION)),
                    PINTEREST_PHOTOS, true, MediaNeed.PHOTO_OR_VIDEO,
                    Optional.of(TextLimit.characters(graphemes, PINTEREST_ALT_CHARACTERS)));
            case YOUTUBE -> plain(TextLimit.characters(graphemes, YOUTUBE_DESCRIPTION), YOUTUBE_PHOTOS)
                    .needing(MediaNeed.VIDEO);
            case GOOGLEBUSINESS -> new NetworkLimits(
                    List.of(TextLimit.characters(graphemes, GOOGLE_BUSINESS_SUMMARY)),
                    GOOGLE_BUSINESS_PHOTOS, false, MediaNeed.NONE, Optional.empty());
        };
    }

    /** The limit a person is told about, and the one an instance's own setting replaces. */
    TextLimit textLimit() {
        return text.get(0);
    }

    NetworkLimits withTextLimit(int max) {
        List<TextLimit> replaced = new ArrayList<>(text);
        replaced.set(0, textLimit().withMax(max));
        return new NetworkLimits(replaced, maxPhotos, takesVideo, need, altText);
    }

    private static NetworkLimits plain(TextLimit text, int maxPhotos) {
        return new NetworkLimits(List.of(text), maxPhotos, true, MediaNeed.NONE, Optional.empty());
    }

    private NetworkLimits needing(MediaNeed newNeed) {
        return new NetworkLimits(text, maxPhotos, takesVideo, newNeed, altText);
    }
}
