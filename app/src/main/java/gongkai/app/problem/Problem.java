package gongkai.app.problem;

import java.util.List;

/** An RFC 9457 problem detail; {@code errors} names each offending field. */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, String logId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of(), null);
    }

    public static Problem ofField(int status, String title, String field, String message) {
        return new Problem("about:blank", title, status, message, null,
                field == null ? List.of() : List.of(new FieldError(field, message)), null);
    }
}
