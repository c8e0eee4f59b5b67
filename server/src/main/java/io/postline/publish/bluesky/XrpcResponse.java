package io.postline.publish.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One answer from a PDS: status, parsed JSON body (missing node when not JSON) and headers. */
record XrpcResponse(int status, JsonNode body, HttpHeaders headers) {

    boolean ok() {
        return status / 100 == 2;
    }

    /** The XRPC error name, e.g. {@code ExpiredToken}, or empty. */
    String error() {
        return body.path("error").asText("");
    }

    String describe() {
        String message = body.path("message").asText("");
        String detail = Stream.of(error(), message).filter(s -> !s.isEmpty()).collect(Collectors.joining(": "));
        return "HTTP " + status + (detail.isEmpty() ? "" : " " + detail);
    }
}
