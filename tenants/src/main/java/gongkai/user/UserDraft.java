package gongkai.user;

import gongkai.error.Check;
import gongkai.error.DomainException;
import gongkai.tenancy.Role;

import java.util.regex.Pattern;

/** What the office enters to create a user, or to change one (then a null password keeps the old one). */
public record UserDraft(String username, String displayName, Role role, String unitCode, String language,
                        String password) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int MIN_PASSWORD = 10;

    public UserDraft {
        username = Check.required("username", username, 64);
        if (!USERNAME.matcher(username).matches()) {
            throw DomainException.invalid("username",
                    "username may hold only lower-case letters, digits, '.', '_' and '-' (2 to 64 characters)");
        }
        displayName = Check.required("displayName", displayName, 200);
        Check.present("role", role);
        unitCode = Check.optional("unitCode", unitCode, 64);
        if (role == Role.UNIT_LIAISON && unitCode == null) {
            throw DomainException.invalid("unitCode", "a unit liaison is bound to one unit: unitCode is required");
        }
        if (role != Role.UNIT_LIAISON && unitCode != null) {
            throw DomainException.invalid("unitCode", "only a unit liaison is bound to a unit");
        }
        language = Languages.check("language", language);
        if (password != null) {
            checkPassword("password", password);
        }
    }

    static void checkPassword(String field, String password) {
        if (password.length() < MIN_PASSWORD) {
            throw DomainException.invalid(field, field + " must be at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > 200) {
            throw DomainException.invalid(field, field + " must be at most 200 characters");
        }
    }
}
