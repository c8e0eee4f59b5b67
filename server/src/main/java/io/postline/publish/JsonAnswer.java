package io.postline.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;

/** A network's answer body as JSON, or a missing node when it is empty or not JSON. */
public final class JsonAnswer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonAnswer() {}

    public static JsonNode parse(byte[] body) {
        try {
            JsonNode node = body == null || body.length == 0 ? null : JSON.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException notJson) {
            // proxies in front of a network answer HTML on 413, 502 and 504; the status alone decides then
            return MissingNode.getInstance();
        }
    }
}
