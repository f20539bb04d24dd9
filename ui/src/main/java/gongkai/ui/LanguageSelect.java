package gongkai.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import gongkai.ui.i18n.Translations;
import gongkai.user.Languages;

import java.util.Map;
import java.util.function.Consumer;

/** 简体中文 / 繁體中文 / English, each written in itself. */
final class LanguageSelect extends Select<String> {

    private static final Map<String, String> LABELS = Map.of("zh-Hans", "简体中文", "zh-Hant", "繁體中文", "en", "English");

    LanguageSelect(Consumer<String> onChange) {
        setId("language");
        setItems(Languages.ALL);
        setItemLabelGenerator(LABELS::get);
        setAriaLabel("Language / 语言");
        setValue(Translations.languageTag(UI.getCurrent().getLocale()));
        setWidth("9em");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onChange.accept(e.getValue());
            }
        });
    }
}
