package io.postline.publish.media;

import io.postline.publish.media.FetchResult.Fetched;
import io.postline.publish.media.FetchResult.Refused;
import io.postline.publish.media.FetchResult.Unavailable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Downloads a post's media from where the user keeps it, refusing anything over the network's size limit. */
public final class MediaFetcher {
    /** Enough for CDN and short-link hops; more usually means a loop. */
    static final int MAX_REDIRECTS = 5;

    private final HttpClient http;
    private final Duration timeout;
    private final AddressPolicy addresses;

    /**
     * @param http    any client; redirects are followed here, so its own redirect policy does not matter
     * @param timeout the longest one download may take, body included
     */
    public MediaFetcher(HttpClient http, Duration timeout, AddressPolicy addresses) {
        this.http = http;
        this.timeout = timeout;
        this.addresses = addresses;
    }

    /** A fetcher for tests and internal setups: any address, loopback included. */
    public MediaFetcher(HttpClient http, Duration timeout) {
        this(http, timeout, AddressPolicy.ANY);
    }

    public FetchResult fetch(String url, long maxBytes) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new Refused("media URL " + url + " is not a valid URL");
        }
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                if (!isHttp(uri)) {
                    return new Refused("media URL " + uri + " is not http or https");
                }
                String internal = addresses.refusal(uri.getHost());
                if (internal != null) {
                    return new Refused("media URL " + url + " is not fetched: " + internal);
                }
                HttpResponse<byte[]> response = send(uri, maxBytes);
                var location = response.headers().firstValue("location");
                if (isRedirect(response.statusCode()) && location.isPresent()) {
                    uri = uri.resolve(location.get());
                    continue;
                }
                return answer(url, response);
            }
            return new Refused("media URL " + url + " redirects more than " + MAX_REDIRECTS + " times");
        } catch (CappedBody.TooLarge e) {
            return new Refused(tooLarge(url, e.size, maxBytes));
        } catch (HttpTimeoutException | TimeoutException e) {
            return new Unavailable("media URL " + url + " did not answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            return new Unavailable("media URL " + url + " could not be fetched: " + describe(e));
        } catch (IllegalArgumentException e) {
            return new Refused("media URL " + url + " can't be fetched: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unavailable("fetching media URL " + url + " was interrupted");
        }
    }

    private HttpResponse<byte[]> send(URI uri, long maxBytes)
            throws IOException, InterruptedException, TimeoutException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        BodyHandler<byte[]> handler = info -> {
            if (info.statusCode() / 100 != 2) {
                return CappedBody.skipped();
            }
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
            return CappedBody.upTo(maxBytes, declared);
        };
        CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(request, handler);
        try {
            // The request timeout only covers the headers; this bounds a slowly dripping body too.
            return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw asIoException(e.getCause());
        } catch (TimeoutException | InterruptedException e) {
            pending.cancel(true);
            throw e;
        }
    }

    private static FetchResult answer(String url, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status / 100 == 2 && response.body().length > 0) {
            return new Fetched(response.body(), contentType(response));
        }
        if (status / 100 == 2) {
            return new Refused("media URL " + url + " answered with an empty body");
        }
        String reason = "media URL " + url + " answered HTTP " + status;
        // 408 and 429 are the host being busy, like a 5xx; other 4xx mean the file is not there for us.
        boolean passing = status >= 500 || status == 408 || status == 429;
        return passing ? new Unavailable(reason) : new Refused(reason);
    }

    private static String contentType(HttpResponse<?> response) {
        String raw = response.headers().firstValue("content-type").orElse("application/octet-stream");
        int semicolon = raw.indexOf(';');
        return (semicolon < 0 ? raw : raw.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static String tooLarge(String url, long size, long maxBytes) {
        if (size >= 0) {
            return "media URL " + url + " is " + size + " bytes, over the limit of " + maxBytes + " bytes";
        }
        return "media URL " + url + " is over the limit of " + maxBytes + " bytes";
    }

    private static IOException asIoException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
        }
        return new IOException(String.valueOf(failure), failure);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean isHttp(URI uri) {
        String scheme = uri.getScheme();
        return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }
}
