package gongkai.ui.survey.respond;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import gongkai.survey.Choice;
import gongkai.survey.Question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A matrix question on the respondent's page: one scale (the question's options) asked of each of its rows, e.g.
 * several agencies. Each row is its own labelled radio group, so that a screen reader announces the row with the
 * choice; the value maps row codes to option codes (unanswered rows left out).
 */
class MatrixField extends CustomField<Map<String, String>> {

    private final Map<String, RadioButtonGroup<String>> rows = new LinkedHashMap<>();

    MatrixField(Question question, Function<gongkai.survey.Wording, String> text) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setSpacing(false);
        List<String> options = question.options().stream().map(Choice::code).toList();
        for (Choice row : question.rows()) {
            RadioButtonGroup<String> group = new RadioButtonGroup<>();
            group.setLabel(text.apply(row.label()));
            group.setId("q-" + question.code() + "-row-" + row.code());
            group.setItems(options);
            group.setItemLabelGenerator(code -> question.options().stream().filter(o -> o.code().equals(code))
                    .findFirst().map(o -> text.apply(o.label())).orElse(code));
            group.addValueChangeListener(e -> updateValue());
            rows.put(row.code(), group);
            layout.add(group);
        }
        if (question.rows().isEmpty()) {
            layout.add(new Span());
        }
        add(layout);
    }

    @Override
    protected Map<String, String> generateModelValue() {
        Map<String, String> value = new LinkedHashMap<>();
        rows.forEach((row, group) -> {
            if (group.getValue() != null) {
                value.put(row, group.getValue());
            }
        });
        return value;
    }

    @Override
    protected void setPresentationValue(Map<String, String> value) {
        rows.forEach((row, group) -> group.setValue(value == null ? null : value.get(row)));
    }

    /** Whether every row has an answer. */
    boolean complete() {
        return rows.values().stream().allMatch(group -> group.getValue() != null);
    }
}
