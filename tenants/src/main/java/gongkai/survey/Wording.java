package gongkai.survey;

import gongkai.error.Check;

/** A text respondents read: simplified Chinese, with optional traditional Chinese and English. */
public record Wording(String zhHans, String zhHant, String en) {

    public static Wording zh(String zhHans) {
        return new Wording(zhHans, null, null);
    }

    public static Wording zhEn(String zhHans, String en) {
        return new Wording(zhHans, null, en);
    }

    /** Checks the texts, naming {@code field} (e.g. {@code definition.sections[0].title}). */
    Wording checked(String field, int maxLength) {
        return new Wording(Check.required(field + ".zhHans", zhHans, maxLength),
                Check.optional(field + ".zhHant", zhHant, maxLength), Check.optional(field + ".en", en, maxLength));
    }
}
