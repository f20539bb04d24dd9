package gongkai.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.enterprise.context.ApplicationScoped;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's words in simplified Chinese (default), traditional Chinese and English. */
@ApplicationScoped
public class Translations implements I18NProvider {

    public static final Locale ZH_HANS = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ZH_HANT = Locale.TRADITIONAL_CHINESE;
    public static final Locale EN = Locale.ENGLISH;

    private static final String BUNDLE = "gongkai.ui.i18n.messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ZH_HANS, ZH_HANT, EN);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, bundleLocale(locale),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String text = bundle.getString(key);
            return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /** The bundle for a locale: English, traditional Chinese (zh_TW), else the simplified default. */
    private static Locale bundleLocale(Locale locale) {
        if (locale != null && locale.getLanguage().equals("en")) {
            return EN;
        }
        if (locale != null && (locale.getCountry().equals("TW") || locale.getCountry().equals("HK")
                || "Hant".equals(locale.getScript()))) {
            return ZH_HANT;
        }
        return Locale.ROOT;
    }

    public static Locale locale(String languageTag) {
        return switch (languageTag == null ? "" : languageTag) {
            case "zh-Hant" -> ZH_HANT;
            case "en" -> EN;
            default -> ZH_HANS;
        };
    }

    public static String languageTag(Locale locale) {
        if (locale.getLanguage().equals("en")) {
            return "en";
        }
        return locale.getCountry().equals("TW") ? "zh-Hant" : "zh-Hans";
    }
}
