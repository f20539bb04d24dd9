package gongkai.ui.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void every_key_exists_in_all_three_languages() throws IOException {
        Properties hans = load("messages.properties");
        Properties hant = load("messages_zh_TW.properties");
        Properties en = load("messages_en.properties");
        assertThat(hant.keySet()).as("traditional Chinese keys").isEqualTo(hans.keySet());
        assertThat(en.keySet()).as("English keys").isEqualTo(hans.keySet());
    }

    @Test
    void simplified_chinese_is_the_default_and_the_others_are_chosen_by_locale() {
        assertThat(translations.getTranslation("nav.units", Translations.ZH_HANS)).isEqualTo("被考核单位");
        assertThat(translations.getTranslation("nav.units", Translations.ZH_HANT)).isEqualTo("被考核單位");
        assertThat(translations.getTranslation("nav.units", Translations.EN)).isEqualTo("Assessed units");
        assertThat(translations.getTranslation("nav.units", Locale.GERMAN)).isEqualTo("被考核单位");
        assertThat(translations.getTranslation("home.welcome", Translations.EN, "Li")).isEqualTo("Welcome, Li");
        assertThat(translations.getTranslation("no.such.key", Translations.EN)).isEqualTo("!no.such.key");
    }

    @Test
    void language_tags_and_locales_round_trip() {
        for (String tag : new String[]{"zh-Hans", "zh-Hant", "en"}) {
            assertThat(Translations.languageTag(Translations.locale(tag))).isEqualTo(tag);
        }
        assertThat(Translations.locale(null)).isEqualTo(Translations.ZH_HANS);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/gongkai/ui/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
