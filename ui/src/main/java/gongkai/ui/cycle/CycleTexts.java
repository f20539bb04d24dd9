package gongkai.ui.cycle;

import com.vaadin.flow.component.UI;
import gongkai.scoring.LocalizedText;
import gongkai.ui.i18n.Translations;

/** Names in the user's language, falling back to simplified Chinese (the schemes' own language). */
final class CycleTexts {

    private CycleTexts() {
    }

    static String name(LocalizedText text) {
        if (text == null) {
            return "";
        }
        String language = Translations.languageTag(UI.getCurrent().getLocale());
        String chosen = switch (language) {
            case "zh-Hant" -> text.zhHant();
            case "en" -> text.en();
            default -> text.zhHans();
        };
        return chosen == null || chosen.isBlank() ? text.zhHans() : chosen;
    }

    /** The REST address of an evidence file: the UI's session authenticates API requests too. */
    static String evidenceHref(String tenantCode, String cycleCode, String unitCode, Object id) {
        return "/api/v1/tenants/" + tenantCode + "/cycles/" + cycleCode + "/units/" + unitCode + "/evidence/" + id;
    }
}
