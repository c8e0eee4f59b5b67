package io.postline.publish.mastodon;

/**
 * Postline's OAuth app on one instance; register once per instance and keep it for every account there.
 *
 * @param authorizeUrl where the user approves access; the instance then shows a code to paste back
 */
public record RegisteredApp(String instanceUrl, String clientId, String clientSecret, String authorizeUrl) {
    @Override
    public String toString() {
        return "RegisteredApp[" + instanceUrl + ", client " + clientId + "]";
    }
}
