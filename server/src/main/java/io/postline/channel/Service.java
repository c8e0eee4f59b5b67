package io.postline.channel;

import java.util.Arrays;
import java.util.Optional;

/** The social networks Postline publishes to, named as both API dialects spell them. */
public enum Service {
    TWITTER("twitter", "X"),
    LINKEDIN("linkedin", "LinkedIn"),
    INSTAGRAM("instagram", "Instagram"),
    FACEBOOK("facebook", "Facebook"),
    TIKTOK("tiktok", "TikTok"),
    THREADS("threads", "Threads"),
    MASTODON("mastodon", "Mastodon"),
    BLUESKY("bluesky", "Bluesky"),
    PINTEREST("pinterest", "Pinterest"),
    YOUTUBE("youtube", "YouTube"),
    GOOGLEBUSINESS("googlebusiness", "Google Business");

    private final String apiName;
    private final String displayName;

    Service(String apiName, String displayName) {
        this.apiName = apiName;
        this.displayName = displayName;
    }

    public String apiName() {
        return apiName;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<Service> fromApiName(String name) {
        return Arrays.stream(values()).filter(s -> s.apiName.equals(name)).findFirst();
    }
}
