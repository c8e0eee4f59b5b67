package io.postline;

import java.time.Duration;

/**
 * How a Postline node runs.
 *
 * @param database      {@code sqlite:<path>} or {@code postgresql://user:pass@host:port/db}
 * @param encryptionKey secret for network credentials at rest (at least 16 characters)
 * @param runLoop       false in tests that drive publishing by hand
 */
public record ServerConfig(String database, String host, int port, String encryptionKey, Publishing publishing,
                           boolean runLoop) {

    /** The publishing loop's timing. */
    public record Publishing(Duration pollInterval, Duration lease, int workers) {
        public static final Publishing STANDARD = new Publishing(Duration.ofSeconds(1), Duration.ofMinutes(2), 32);
    }
}
