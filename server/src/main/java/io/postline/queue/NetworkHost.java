package io.postline.queue;

import io.postline.channel.Channel;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** Which network host a channel's posts go to: the unit of isolation for concurrency and circuit breaking. */
final class NetworkHost {
    private static final List<String> URL_CREDENTIALS = List.of("url", "serviceUrl", "instanceUrl");

    private NetworkHost() {}

    static String of(Channel channel, Map<String, String> credentials) {
        for (String key : URL_CREDENTIALS) {
            String url = credentials.get(key);
            if (url != null) {
                try {
                    String host = URI.create(url).getHost();
                    if (host != null) {
                        return host;
                    }
                } catch (IllegalArgumentException e) {
                    // a malformed URL: the publisher will reject the post with a clear reason
                }
            }
        }
        return channel.publisher() + ":" + channel.service().apiName();
    }
}
