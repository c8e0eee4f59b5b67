package io.postline.publish.bluesky;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * Record keys for posts. The PDS only accepts a TID there: 13 base32-sortable characters encoding
 * {@code (microseconds << 10) | clockId}. Deriving it from the post instead of the current time makes a
 * retried create collide with the first one instead of posting twice.
 */
final class Tid {
    static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
    /** Part indexes go into the lowest microsecond digits, so thread parts keep their order. */
    static final int MAX_PARTS = 1000;

    private Tid() {}

    /**
     * The due second gives the time; a hash of the post id picks one of 1,000 millisecond slots in it and one
     * of 1,024 clock ids, so two posts of one account due in the same second share a key about once in a
     * million pairs.
     */
    static String forPart(String postId, int partIndex, Instant dueAt) {
        if (partIndex < 0 || partIndex >= MAX_PARTS) {
            throw new IllegalArgumentException("part index out of range: " + partIndex);
        }
        long hash = hash(postId);
        long slot = Long.remainderUnsigned(hash, 1000);
        long clockId = (hash >>> 40) & 0x3FF;
        long micros = Math.multiplyExact(dueAt.getEpochSecond(), 1_000_000L) + slot * 1000 + partIndex;
        return encode((micros << 10) | clockId);
    }

    static String encode(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("a TID's top bit must be 0");
        }
        var chars = new char[13];
        for (int i = 12; i >= 0; i--) {
            chars[i] = ALPHABET.charAt((int) (value & 31));
            value >>>= 5;
        }
        return new String(chars);
    }

    static long decode(String tid) {
        long value = 0;
        for (char c : tid.toCharArray()) {
            value = (value << 5) | ALPHABET.indexOf(c);
        }
        return value;
    }

    private static long hash(String postId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(postId.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
