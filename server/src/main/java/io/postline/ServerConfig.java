package io.postline;

import java.time.Duration;

/**
 * How a Postline node runs.
 *
 * @param database      {@code sqlite:<path>} or {@code postgresql://user:pass@host:port/db}
 * @param encryptionKey secret for network credentials at rest (at least 16 characters)
 * @param runLoop       false in tests that drive publishing by hand
 * @param rateLimits    request quotas per API key, like {@code 100/15m,250/24h}; {@code off} for none; null for
 *                      the generous default ({@code io.postline.account.RateLimits.DEFAULT})
 */
public record ServerConfig(String database, String host, int port, String encryptionKey, Publishing publishing,
                           boolean runLoop, String rateLimits) {

    public ServerConfig(String database, String host, int port, String encryptionKey, Publishing publishing,
                        boolean runLoop) {
        this(database, host, port, encryptionKey, publishing, runLoop, null);
    }

    /**
     * The publishing loop's timing, and whether media may be fetched from internal addresses (loopback, private
     * ranges): off by default, since media URLs come from API callers.
     */
    public record Publishing(Duration pollInterval, Duration lease, int workers, boolean internalMedia) {
        public static final Publishing STANDARD = new Publishing(Duration.ofMillis(250), Duration.ofMinutes(2), 64);

        public Publishing(Duration pollInterval, Duration lease, int workers) {
            this(pollInterval, lease, workers, false);
        }
    }
}
