package gongkai.user;

import gongkai.error.DomainException;

import java.util.List;

/** The UI languages: simplified Chinese (default), traditional Chinese, English. */
public final class Languages {

    public static final String DEFAULT = "zh-Hans";
    public static final List<String> ALL = List.of("zh-Hans", "zh-Hant", "en");

    private Languages() {
    }

    public static String check(String field, String language) {
        if (language == null || language.isBlank()) {
            return DEFAULT;
        }
        if (!ALL.contains(language)) {
            throw DomainException.invalid(field, field + " must be one of " + ALL);
        }
        return language;
    }
}
