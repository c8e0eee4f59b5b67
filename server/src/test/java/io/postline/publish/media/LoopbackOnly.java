package io.postline.publish.media;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Publisher tests get their HTTP client here: it refuses any host that isn't this machine before a
 * connection or even a DNS lookup happens, so a wrong URL in a test can't reach a real network.
 */
public final class LoopbackOnly extends ProxySelector {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public static HttpClient httpClient() {
        return HttpClient.newBuilder()
                .proxy(new LoopbackOnly())
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost();
        if (host == null || !(LOOPBACK.contains(host) || host.startsWith("127."))) {
            throw new IllegalArgumentException("test tried to reach a non-loopback host: " + uri);
        }
        return List.of(Proxy.NO_PROXY);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {}
}
