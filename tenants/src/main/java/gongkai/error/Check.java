package gongkai.error;

import java.util.regex.Pattern;

/** Checks for values entering the domain; each failure names the field it is about. */
public final class Check {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private Check() {
    }

    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, field + " is required");
        }
        return optional(field, value, maxLength);
    }

    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw DomainException.invalid(field, field + " must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw DomainException.invalid(field, field + " is required");
        }
        return value;
    }

    /** A URL-safe code: lower-case letters, digits and dashes, starting with a letter or digit. */
    public static String code(String field, String value) {
        String code = required(field, value, 64);
        if (!CODE.matcher(code).matches()) {
            throw DomainException.invalid(field,
                    field + " may hold only lower-case letters, digits and '-', and must start with a letter or digit");
        }
        return code;
    }

    /** A unit code as catalogues use them: letters, digits, '.', '_' and '-'. */
    public static String unitCode(String field, String value) {
        String code = required(field, value, 64);
        if (!UNIT_CODE.matcher(code).matches()) {
            throw DomainException.invalid(field, field + " may hold only letters, digits, '.', '_' and '-'");
        }
        return code;
    }
}
