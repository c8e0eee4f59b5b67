package io.postline.post;

import java.util.Arrays;
import java.util.Optional;

/** How a post was put on the calendar; named as Buffer names them. */
public enum ShareMode {
    ADD_TO_QUEUE("addToQueue"),
    SHARE_NOW("shareNow"),
    SHARE_NEXT("shareNext"),
    CUSTOM_SCHEDULED("customScheduled");

    private final String apiName;

    ShareMode(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<ShareMode> fromApiName(String name) {
        return Arrays.stream(values()).filter(m -> m.apiName.equals(name)).findFirst();
    }
}
