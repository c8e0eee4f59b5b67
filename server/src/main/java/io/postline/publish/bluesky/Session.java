package io.postline.publish.bluesky;

import com.fasterxml.jackson.databind.JsonNode;

/** A signed-in account on a PDS. */
record Session(String did, String handle, String accessJwt, String refreshJwt) {

    static Session from(JsonNode body) {
        return new Session(body.path("did").asText(), body.path("handle").asText(),
                body.path("accessJwt").asText(), body.path("refreshJwt").asText());
    }

    @Override
    public String toString() {
        return "Session[" + handle + ", " + did + "]";
    }
}
