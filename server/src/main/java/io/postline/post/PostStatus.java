package io.postline.post;

import java.util.Arrays;
import java.util.Optional;

/** Where a post is in its life, in the order a post advances. */
public enum PostStatus {
    DRAFT("draft"),
    NEEDS_APPROVAL("needsApproval"),
    SCHEDULED("scheduled"),
    SENDING("sending"),
    ERROR("error"),
    SENT("sent");

    private final String apiName;

    PostStatus(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }


    /** Whether its text, time or media may still change. */
    public boolean isEditable() {
        return this != SENT && this != SENDING;
    }

    public static Optional<PostStatus> fromApiName(String name) {
        return Arrays.stream(values()).filter(s -> s.apiName.equals(name)).findFirst();
    }
}
