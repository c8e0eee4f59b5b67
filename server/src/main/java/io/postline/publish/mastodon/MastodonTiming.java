package io.postline.publish.mastodon;

import java.time.Duration;

/**
 * How long Mastodon calls may take.
 *
 * @param requestTimeout   the longest one HTTP request may take
 * @param mediaPollEvery   pause between checks on media the instance is still processing
 * @param mediaMaxWait     total pause after which processing media counts as a passing failure
 * @param sleeper          how the pause is taken
 */
public record MastodonTiming(Duration requestTimeout, Duration mediaPollEvery, Duration mediaMaxWait, Sleeper sleeper) {
    /** Video transcoding usually takes seconds; two minutes covers a long clip on a busy instance. */
    public static final MastodonTiming DEFAULT =
            new MastodonTiming(Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofMinutes(2), Sleeper.REAL);
}
