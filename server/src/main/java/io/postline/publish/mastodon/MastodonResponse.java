package io.postline.publish.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** One answer from a Mastodon instance: status, parsed JSON body (missing node when not JSON), headers. */
record MastodonResponse(int status, JsonNode body, HttpHeaders headers) {

    boolean ok() {
        return status / 100 == 2;
    }

    /** Mastodon's own explanation ({@code {"error": "..."}}), or the bare status when there is none. */
    String error() {
        String error = body.path("error").asText("");
        return error.isEmpty() ? "HTTP " + status : error;
    }
}
