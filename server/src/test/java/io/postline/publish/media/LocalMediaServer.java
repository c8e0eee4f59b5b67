package io.postline.publish.media;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Serves media files on 127.0.0.1 the way a user's file host would, including its bad days. */
public final class LocalMediaServer implements AutoCloseable {

    private interface Reply {
        void send(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    private LocalMediaServer(HttpServer server) {
        this.server = server;
    }

    public static LocalMediaServer start() {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            var media = new LocalMediaServer(server);
            server.createContext("/", media::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return media;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves {@code body} with a Content-Length header. */
    public String file(String path, byte[] body, String contentType) {
        return on(path, exchange -> {
            exchange.getResponseHeaders().set("content-type", contentType);
            exchange.sendResponseHeaders(200, body.length);
            write(exchange, body);
        });
    }

    /** Serves {@code body} chunked, so the size is only known by reading it. */
    public String chunkedFile(String path, byte[] body, String contentType) {
        return on(path, exchange -> {
            exchange.getResponseHeaders().set("content-type", contentType);
            exchange.sendResponseHeaders(200, 0);
            write(exchange, body);
        });
    }

    public String redirect(String path, String location) {
        return on(path, exchange -> {
            exchange.getResponseHeaders().set("location", location);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
    }

    public String status(String path, int status) {
        return on(path, exchange -> {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
    }

    public String slowFile(String path, Duration delay, byte[] body) {
        return on(path, exchange -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, body.length);
            write(exchange, body);
        });
    }

    public int requests(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private String on(String path, Reply reply) {
        replies.put(path, reply);
        return url(path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Reply reply = replies.get(path);
        if (reply == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        reply.send(exchange);
    }

    private static void write(HttpExchange exchange, byte[] body) {
        // The client may hang up on purpose (size cap), which is not a server failure.
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException ignored) {
        } finally {
            exchange.close();
        }
    }
}
