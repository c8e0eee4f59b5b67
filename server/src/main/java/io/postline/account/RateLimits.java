package io.postline.account;

import io.postline.Refusal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Request quotas per API key over rolling windows, written like {@code 100/15m,250/24h,3000/30d} (units s, m, h,
 * d); {@code off} turns limiting off.
 */
public record RateLimits(List<Quota> quotas) {
    /** Far above any real client, so suites and benchmarks never meet it, yet a runaway script is stopped. */
    public static final String DEFAULT = "100000/15m,1000000/24h";
    public static final RateLimits OFF = new RateLimits(List.of());

    public RateLimits {
        quotas = List.copyOf(quotas);
    }

    public boolean isOff() {
        return quotas.isEmpty();
    }

    public static RateLimits parse(String spec) {
        String text = spec == null || spec.isBlank() ? DEFAULT : spec.strip();
        if (text.equalsIgnoreCase("off") || text.equalsIgnoreCase("none")) {
            return OFF;
        }
        List<Quota> quotas = new ArrayList<>();
        for (String part : text.split(",")) {
            quotas.add(Quota.parse(part.strip()));
        }
        return new RateLimits(quotas);
    }

    /**
     * At most {@code limit} requests in any {@code window}.
     *
     * @param name the window as configured, e.g. 15m
     */
    public record Quota(int limit, Duration window, String name) {
        static Quota parse(String text) {
            String[] parts = text.split("/");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                int limit = Integer.parseInt(parts[0].strip());
                String window = parts[1].strip().toLowerCase(Locale.ROOT);
                long amount = Long.parseLong(window.substring(0, window.length() - 1));
                Duration duration = switch (window.charAt(window.length() - 1)) {
                    case 's' -> Duration.ofSeconds(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    case 'h' -> Duration.ofHours(amount);
                    case 'd' -> Duration.ofDays(amount);
                    default -> throw new NumberFormatException();
                };
                if (limit < 1 || duration.isZero() || duration.isNegative()) {
                    throw new NumberFormatException();
                }
                return new Quota(limit, duration, window);
            } catch (RuntimeException e) {
                throw Refusal.badInput("Rate limit '" + text + "' is not like 100/15m (requests per window in s, m,"
                        + " h or d).");
            }
        }

        /** The policy name clients see, like 100-in-15min. */
        public String policyName() {
            long seconds = window.toSeconds();
            String span = seconds % 86_400 == 0 ? plural(seconds / 86_400, "day")
                    : seconds % 3_600 == 0 ? (seconds / 3_600) + "h"
                    : seconds % 60 == 0 ? (seconds / 60) + "min" : seconds + "s";
            return limit + "-in-" + span;
        }

        private static String plural(long count, String unit) {
            return count + unit + (count == 1 ? "" : "s");
        }
    }
}
