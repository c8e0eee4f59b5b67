package io.postline.publish.mastodon;

/** The instance refused or failed an OAuth step; the message says why, for the person connecting. */
public final class MastodonOAuthException extends Exception {
    private final boolean retryable;

    MastodonOAuthException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    /** True when the instance was down or busy rather than saying no. */
    public boolean retryable() {
        return retryable;
    }
}
