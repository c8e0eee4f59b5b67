package io.postline.api.buffer;

import io.postline.Refusal;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a mutation and answers its payload union: the success member, or the refusal as the typed error member
 * Buffer uses for it (HTTP 200). Errors a union does not list fall back to its catch-all member.
 */
final class Payloads {
    private static final Logger LOG = LoggerFactory.getLogger(Payloads.class);

    static final Set<String> POST_ACTION = Set.of("NotFoundError", "UnauthorizedError", "UnexpectedError",
            "RestProxyError", "LimitReachedError", "InvalidInputError");
    static final Set<String> VOID = Set.of("VoidMutationError");
    static final Set<String> IDEA = Set.of("InvalidInputError", "UnauthorizedError", "UnexpectedError",
            "LimitReachedError");
    static final Set<String> CREATE_TAG = Set.of("InvalidInputError", "DuplicateError", "LimitReachedError",
            "NotFoundError", "UnauthorizedError", "UnexpectedError");
    static final Set<String> UPDATE_TAG = Set.of("InvalidInputError", "DuplicateError", "NotFoundError",
            "UnauthorizedError", "UnexpectedError");
    static final Set<String> DELETE_TAG = Set.of("InvalidInputError", "NotFoundError", "UnauthorizedError",
            "UnexpectedError");

    private Payloads() {}

    static Map<String, Object> run(Set<String> errorMembers, Supplier<Map<String, Object>> mutation) {
        try {
            return mutation.get();
        } catch (Refusal refusal) {
            return error(errorMembers, type(refusal.kind()), refusal.getMessage());
        } catch (RuntimeException e) {
            LOG.error("unexpected failure in a Buffer mutation", e);
            return error(errorMembers, "UnexpectedError",
                    "Postline failed to carry this out; the failure is logged on the server. Try again later.");
        }
    }

    private static Map<String, Object> error(Set<String> members, String type, String message) {
        String member = members.contains(type) ? type
                : members.contains("InvalidInputError") ? "InvalidInputError" : "VoidMutationError";
        return Typed.of(member, "message", message);
    }

    private static String type(Refusal.Kind kind) {
        return switch (kind) {
            case BAD_INPUT -> "InvalidInputError";
            case CONFLICT -> "DuplicateError";
            case NOT_FOUND -> "NotFoundError";
            case FORBIDDEN -> "UnauthorizedError";
            case LIMIT_REACHED -> "LimitReachedError";
        };
    }
}
