package gongkai.ui.survey.respond;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

import java.util.List;
import java.util.function.Consumer;

/**
 * The row of language buttons on the pages read without login (the public survey, a panel member's form, the
 * published results): each button names its language in itself, the current one pressed.
 */
public final class LanguageSwitch {

    private LanguageSwitch() {
    }

    /** Buttons with ids {@code idPrefix + tag}; a click hands its language to {@code pick}. */
    public static Div of(String idPrefix, List<SurveyLanguage> offered, SurveyLanguage current,
                         Consumer<SurveyLanguage> pick) {
        Div languages = new Div();
        languages.addClassName("gk-languages");
        languages.getElement().setAttribute("role", "group");
        languages.getElement().setAttribute("aria-label", "Language / 语言");
        for (SurveyLanguage language : offered) {
            Button button = new Button(language.label(), e -> pick.accept(language));
            button.setId(idPrefix + language.tag());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("lang", language.tag());
            button.getElement().setAttribute("aria-pressed", Boolean.toString(language == current));
            languages.add(button);
        }
        return languages;
    }
}
