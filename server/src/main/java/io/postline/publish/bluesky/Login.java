package io.postline.publish.bluesky;

import java.net.URI;
import java.util.Map;

/** What a channel signs in with: its PDS, handle (or DID) and an app password. */
record Login(String serviceUrl, String identifier, String appPassword) {
    /** The PDS of accounts hosted by Bluesky itself, used when a channel names none. */
    static final String DEFAULT_SERVICE = "https://bsky.social";

    /** @throws IllegalArgumentException naming what is missing or malformed */
    static Login from(Map<String, String> credentials) {
        String handle = credentials.getOrDefault("handle", "").trim();
        String password = credentials.getOrDefault("appPassword", "");
        if (handle.isEmpty() || password.isBlank()) {
            throw new IllegalArgumentException("Bluesky channel has no handle or app password");
        }
        String service = credentials.getOrDefault("serviceUrl", "").trim();
        service = service.isEmpty() ? DEFAULT_SERVICE : service;
        if (!isHttpUrl(service)) {
            throw new IllegalArgumentException("Bluesky serviceUrl is not an http(s) URL: " + service);
        }
        return new Login(service, handle.startsWith("@") ? handle.substring(1) : handle, password);
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "Login[" + identifier + " at " + serviceUrl + "]";
    }
}
