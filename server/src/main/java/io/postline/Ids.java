package io.postline;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Makes ids shaped like Buffer's (24 hex digits): 4 bytes of creation second, then 8 random bytes, so ids
 * sort roughly by creation and never collide in practice.
 */
public final class Ids {
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Ids(Clock clock) {
        this.clock = clock;
    }

    public String next() {
        byte[] bytes = new byte[12];
        int seconds = (int) clock.instant().getEpochSecond();
        bytes[0] = (byte) (seconds >>> 24);
        bytes[1] = (byte) (seconds >>> 16);
        bytes[2] = (byte) (seconds >>> 8);
        bytes[3] = (byte) seconds;
        byte[] tail = new byte[8];
        random.nextBytes(tail);
        System.arraycopy(tail, 0, bytes, 4, 8);
        return HexFormat.of().formatHex(bytes);
    }
}
