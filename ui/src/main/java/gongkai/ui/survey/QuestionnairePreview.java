package gongkai.ui.survey;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import gongkai.survey.Choice;
import gongkai.survey.Question;
import gongkai.survey.QuestionSection;
import gongkai.survey.QuestionnaireDefinition;
import gongkai.survey.Wording;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The questionnaire as a respondent sees it, in a language the office picks, with conditional questions appearing
 * as they are answered. Answers go nowhere. (The public survey page renders the same definition; when its
 * respondent component is merged this preview may embed it instead.)
 */
class QuestionnairePreview extends VerticalLayout {

    private final QuestionnaireDefinition definition;
    private final VerticalLayout content = new VerticalLayout();
    /** The answer each question holds now: an option code, a set of codes, or null. */
    private final Map<String, Object> answers = new HashMap<>();
    private final Map<String, Component> blocks = new HashMap<>();

    QuestionnairePreview(QuestionnaireDefinition definition) {
        this.definition = definition;
        setId("questionnaire-preview-content");
        setPadding(false);
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("field.language"));
        language.setItems("zh-Hans", "zh-Hant", "en");
        language.setItemLabelGenerator(tag -> getTranslation("questionnaire.language." + tag));
        language.setValue("zh-Hans");
        language.addValueChangeListener(e -> render(e.getValue()));
        content.setPadding(false);
        add(language, content);
        render("zh-Hans");
    }

    private void render(String language) {
        content.removeAll();
        blocks.clear();
        answers.clear();
        content.add(new H3(text(definition.title(), language)));
        if (definition.introduction() != null) {
            content.add(new Paragraph(text(definition.introduction(), language)));
        }
        for (QuestionSection section : definition.sections()) {
            content.add(new H4(text(section.title(), language)));
            for (Question q : section.questions()) {
                Component block = question(q, language);
                blocks.put(q.code(), block);
                content.add(block);
            }
        }
        refreshVisibility();
    }

    private Component question(Question q, String language) {
        Div block = new Div();
        block.setId("preview-" + q.code());
        Span label = new Span(text(q.text(), language) + (q.required() ? " *" : ""));
        label.getStyle().set("font-weight", "600");
        block.add(label);
        if (q.help() != null) {
            Span help = new Span(text(q.help(), language));
            help.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            block.add(help);
        }
        switch (q.type()) {
            case SATISFACTION, SINGLE_CHOICE -> block.add(radios(q, q.options(), language, q.code()));
            case MULTIPLE_CHOICE -> {
                CheckboxGroup<Choice> boxes = new CheckboxGroup<>();
                boxes.setItems(q.options());
                boxes.setItemLabelGenerator(o -> text(o.label(), language));
                boxes.addValueChangeListener(e -> {
                    answers.put(q.code(), e.getValue().stream().map(Choice::code).collect(java.util.stream.Collectors.toSet()));
                    refreshVisibility();
                });
                block.add(boxes);
            }
            case RATING -> {
                RadioButtonGroup<Integer> rating = new RadioButtonGroup<>();
                rating.setItems(IntStream.rangeClosed(0, 10).boxed().toList());
                block.add(rating);
            }
            case MATRIX -> {
                for (Choice row : q.rows()) {
                    Span rowLabel = new Span(text(row.label(), language));
                    rowLabel.getStyle().set("display", "block");
                    block.add(rowLabel, radios(q, q.options(), language, null));
                }
            }
            case TEXT -> {
                TextArea area = new TextArea();
                area.setWidthFull();
                area.setMaxLength(2000);
                block.add(area);
            }
        }
        return block;
    }

    private RadioButtonGroup<Choice> radios(Question q, List<Choice> options, String language, String answerKey) {
        RadioButtonGroup<Choice> group = new RadioButtonGroup<>();
        group.setItems(options);
        group.setItemLabelGenerator(o -> text(o.label(), language));
        if (options.size() > 5) {
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        }
        if (answerKey != null) {
            group.addValueChangeListener(e -> {
                answers.put(answerKey, e.getValue() == null ? null : e.getValue().code());
                refreshVisibility();
            });
        }
        return group;
    }

    private void refreshVisibility() {
        for (Question q : definition.questions()) {
            Component block = blocks.get(q.code());
            if (block != null && q.showIf() != null) {
                Object answer = answers.get(q.showIf().question());
                List<String> given = new ArrayList<>();
                if (answer instanceof String code) {
                    given.add(code);
                } else if (answer instanceof Set<?> codes) {
                    codes.forEach(c -> given.add(c.toString()));
                }
                block.setVisible(given.stream().anyMatch(q.showIf().anyOf()::contains));
            }
        }
    }

    private static String text(Wording w, String language) {
        if (w == null) {
            return "";
        }
        if ("en".equals(language) && w.en() != null) {
            return w.en();
        }
        if ("zh-Hant".equals(language) && w.zhHant() != null) {
            return w.zhHant();
        }
        return w.zhHans();
    }
}
