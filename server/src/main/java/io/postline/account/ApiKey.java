package io.postline.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * An API key as the caller holds it. Only its SHA-256 is stored: the key has 256 random bits, so a slow
 * password hash would add nothing but latency to every request.
 */
public record ApiKey(String secret) {
    private static final String PREFIX = "pl_";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static ApiKey generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new ApiKey(PREFIX + HexFormat.of().formatHex(bytes));
    }

    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "ApiKey[hidden]";
    }
}
