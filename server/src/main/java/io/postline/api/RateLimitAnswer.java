package io.postline.api;

import io.javalin.http.Context;
import io.postline.account.ApiKey;
import io.postline.account.RequestQuotas;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Counts a request against its key's quotas and says so in IETF RateLimit headers on every answer (one entry
 * per window); a request over a quota is answered 429 with Retry-After, as Buffer answers.
 */
final class RateLimitAnswer {
    static final String MESSAGE = "Too many requests from this client. Please try again later.";

    interface Answering {
        void answer(Context ctx, int status, Object body);
    }

    private RateLimitAnswer() {}

    /** True when the request may go on; otherwise the 429 answer is written. */
    static boolean admit(Context ctx, RequestQuotas quotas, String key, Answering answering) {
        String hash = new ApiKey(key).hash();
        RequestQuotas.Decision decision = quotas.take(hash);
        String partition = Base64.getEncoder().encodeToString(hash.substring(0, 12).getBytes(StandardCharsets.US_ASCII));
        for (RequestQuotas.Window window : decision.windows()) {
            String name = "\"" + window.quota().policyName() + "\"";
            ctx.res().addHeader("RateLimit", name + ";r=" + window.remaining() + ";t=" + window.resetSeconds());
            ctx.res().addHeader("RateLimit-Policy", name + ";q=" + window.quota().limit() + ";w="
                    + window.quota().window().toSeconds() + ";pk=:" + partition + ":");
        }
        if (decision.allowed()) {
            return true;
        }
        RequestQuotas.Window exhausted = decision.exhausted();
        ctx.header("Retry-After", Long.toString(exhausted.resetSeconds()));
        answering.answer(ctx, 429, Map.of("errors", List.of(Map.of("message", MESSAGE, "extensions", Map.of(
                "code", "RATE_LIMIT_EXCEEDED", "window", exhausted.quota().name(),
                "retryAfter", exhausted.resetSeconds())))));
        return false;
    }
}
