package io.postline;

/**
 * A request Postline will not carry out, with a reason a person can act on. Nothing has been changed when one
 * is thrown; the API layer turns it into the dialect's error shape.
 */
public final class Refusal extends RuntimeException {
    public enum Kind { BAD_INPUT, NOT_FOUND, FORBIDDEN, LIMIT_REACHED, CONFLICT }

    private final Kind kind;

    private Refusal(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public static Refusal badInput(String message) {
        return new Refusal(Kind.BAD_INPUT, message);
    }

    public static Refusal notFound(String message) {
        return new Refusal(Kind.NOT_FOUND, message);
    }

    public static Refusal forbidden(String message) {
        return new Refusal(Kind.FORBIDDEN, message);
    }

    /** The request clashes with something that exists already (e.g. a tag name in use). */
    public static Refusal conflict(String message) {
        return new Refusal(Kind.CONFLICT, message);
    }

    public static Refusal limitReached(String message) {
        return new Refusal(Kind.LIMIT_REACHED, message);
    }

    public Kind kind() {
        return kind;
    }
}
