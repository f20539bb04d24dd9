package gongkai.ui.survey.respond;

import gongkai.survey.QuestionnaireDefinition;
import gongkai.survey.Wording;
import gongkai.ui.i18n.Translations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The languages a questionnaire is written in: simplified Chinese always, traditional Chinese and English if given. */
public enum SurveyLanguage {
    ZH_HANS("zh-Hans", "简体中文"),
    ZH_HANT("zh-Hant", "繁體中文"),
    EN("en", "English");

    private final String tag;
    private final String label;

    SurveyLanguage(String tag, String label) {
        this.tag = tag;
        this.label = label;
    }

    public String tag() {
        return tag;
    }

    /** The language's name in itself. */
    public String label() {
        return label;
    }

    public Locale locale() {
        return Translations.locale(tag);
    }

    public static SurveyLanguage of(Locale locale) {
        return switch (Translations.languageTag(locale)) {
            case "zh-Hant" -> ZH_HANT;
            case "en" -> EN;
            default -> ZH_HANS;
        };
    }

    public static SurveyLanguage ofTag(String tag) {
        for (SurveyLanguage language : values()) {
            if (language.tag.equalsIgnoreCase(tag)) {
                return language;
            }
        }
        return ZH_HANS;
    }

    /** The text in this language, else simplified Chinese. */
    public String pick(Wording wording) {
        if (wording == null) {
            return "";
        }
        String text = switch (this) {
            case ZH_HANS -> wording.zhHans();
            case ZH_HANT -> wording.zhHant();
            case EN -> wording.en();
        };
        return text == null || text.isBlank() ? wording.zhHans() : text;
    }

    /** The languages a questionnaire offers: those its title is written in. */
    public static List<SurveyLanguage> offeredBy(QuestionnaireDefinition questionnaire) {
        List<SurveyLanguage> offered = new ArrayList<>(List.of(ZH_HANS));
        Wording title = questionnaire.title();
        if (title != null && title.zhHant() != null && !title.zhHant().isBlank()) {
            offered.add(ZH_HANT);
        }
        if (title != null && title.en() != null && !title.en().isBlank()) {
            offered.add(EN);
        }
        return offered;
    }
}
