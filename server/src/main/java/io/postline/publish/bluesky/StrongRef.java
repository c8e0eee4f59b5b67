package io.postline.publish.bluesky;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A record's at:// URI and content hash, as replies point at their root and parent. */
record StrongRef(String uri, String cid) {

    ObjectNode toJson() {
        return Xrpc.JSON.createObjectNode().put("uri", uri).put("cid", cid);
    }

    String rkey() {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
