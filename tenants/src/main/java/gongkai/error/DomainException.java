package gongkai.error;

/**
 * A refusal the user can act on. The edges turn each kind into its answer (REST: RFC 9457 problem+json with
 * the status of {@link Kind}; the UI: a message beside the field).
 */
public class DomainException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, FORBIDDEN, CONFLICT, UNAUTHENTICATED, TOO_MANY, TOO_LARGE }

    private final Kind kind;
    private final String field;

    public DomainException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    /** The input field the problem is about, as the client named it (e.g. {@code parentCode}), or null. */
    public String field() {
        return field;
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(Kind.INVALID, field, message);
    }

    public static DomainException notFound(String what) {
        return new DomainException(Kind.NOT_FOUND, null, what + " not found");
    }

    public static DomainException forbidden(String message) {
        return new DomainException(Kind.FORBIDDEN, null, message);
    }

    /** An upload larger than allowed (413): nothing of it is kept. */
    public static DomainException tooLarge(String field, String message) {
        return new DomainException(Kind.TOO_LARGE, field, message);
    }

    public static DomainException conflict(String field, String message) {
        return new DomainException(Kind.CONFLICT, field, message);
    }
}
