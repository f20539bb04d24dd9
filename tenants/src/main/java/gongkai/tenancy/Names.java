package gongkai.tenancy;

import gongkai.error.Check;

/** A name in simplified Chinese, with optional traditional Chinese and English forms. */
public record Names(String zhHans, String zhHant, String en) {

    public Names {
        zhHans = Check.required("names.zhHans", zhHans, 200);
        zhHant = Check.optional("names.zhHant", zhHant, 200);
        en = Check.optional("names.en", en, 200);
    }

    public static Names of(String zhHans) {
        return new Names(zhHans, null, null);
    }

    /** The form for a language tag (zh-Hans, zh-Hant, en), falling back to simplified Chinese. */
    public String in(String language) {
        if (language != null && language.startsWith("zh-Hant") && zhHant != null) {
            return zhHant;
        }
        if (language != null && language.startsWith("en") && en != null) {
            return en;
        }
        return zhHans;
    }
}
