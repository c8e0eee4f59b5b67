package io.postline.post;

import io.postline.Refusal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** An opaque position in a listing, tied to the filter it was made for. */
record Cursor(String fingerprint, int bucket, long sortAt, String id) {
    private static final String VERSION = "p1";

    static Cursor of(Post post, PostFilter filter) {
        boolean timed = post.scheduledAt() != null;
        long at = timed ? post.scheduledAt().toEpochMilli() : post.createdAt().toEpochMilli();
        return new Cursor(filter.fingerprint(), timed ? 0 : 1, at, post.id());
    }

    String encode() {
        String raw = String.join("|", VERSION, fingerprint, Integer.toString(bucket), Long.toString(sortAt), id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String value, PostFilter filter) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|");
        } catch (IllegalArgumentException e) {
            throw invalid(value);
        }
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            throw invalid(value);
        }
        if (!parts[1].equals(filter.fingerprint())) {
            throw Refusal.badInput("Cursor '" + value + "' belongs to a listing with another filter;"
                    + " start again without 'after' when you change the filter.");
        }
        try {
            return new Cursor(parts[1], Integer.parseInt(parts[2]), Long.parseLong(parts[3]), parts[4]);
        } catch (NumberFormatException e) {
            throw invalid(value);
        }
    }

    private static Refusal invalid(String value) {
        return Refusal.badInput("Cursor '" + value + "' is not a cursor this listing gave out; use a pageInfo.endCursor.");
    }
}
