package gongkai.ui.survey.respond;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import gongkai.survey.Choice;
import gongkai.survey.Question;
import gongkai.survey.QuestionSection;
import gongkai.survey.QuestionnaireDefinition;
import gongkai.survey.Wording;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The respondent's form of a questionnaire, exactly as the public survey page shows it and as the builder previews
 * it: sections, each question in a fieldset with its legend (the question), help text and required mark, an error
 * beside the question as soon as an answer is missing or wrong, questions shown only after a given answer to an
 * earlier one (conditional display), a progress indicator and a submit button. It knows
 * no service: {@link #addSubmitListener} gets the answers once they pass the checks the form can make (the server
 * checks again and its refusals come back through {@link #showError}). In {@link #setPreview preview} the submit
 * button is disabled.
 *
 * <p>Answers use the JSON of the public API: an option code, a list of option codes, a 0-10 number or a text.
 */
public class QuestionnaireForm extends Div {

    /** Matches gongkai.survey.AnswerSheet's limit. */
    static final int MAX_TEXT = 2000;

    private final Locale locale;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Button submit = new Button();
    private final List<Consumer<Map<String, JsonNode>>> submitListeners = new ArrayList<>();
    private boolean preview;

    /** One question's field and where its error shows. */
    private record Entry(Question question, AbstractField<?, ?> field, FieldSet fieldSet) {
    }

    public QuestionnaireForm(QuestionnaireDefinition questionnaire, Locale locale) {
        this.locale = locale;
        addClassName("gk-questionnaire");
        Div progressBox = new Div(progressText, progress);
        progressBox.addClassName("gk-progress");
        progressText.setId("survey-progress");
        progress.getElement().setAttribute("aria-labelledby", "survey-progress");
        add(progressBox);
        for (QuestionSection section : questionnaire.sections()) {
            H2 title = new H2(text(section.title()));
            title.addClassName("gk-section");
            add(title);
            for (Question question : section.questions()) {
                add(question(question));
            }
        }
        submit.setText(translate("survey.respond.submit"));
        submit.setId("survey-submit");
        submit.addClassName("gk-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            if (validate()) {
                Map<String, JsonNode> answers = answers();
                submitListeners.forEach(l -> l.accept(answers));
            } else {
                submit.setEnabled(!preview);
            }
        });
        add(submit);
        refreshVisibility();
        updateProgress();
    }

    /** Called with the answers when the respondent submits a form that passes the form's checks. */
    public void addSubmitListener(Consumer<Map<String, JsonNode>> listener) {
        submitListeners.add(listener);
    }

    /** Preview (the builder): everything can be answered and checked, nothing can be submitted. */
    public void setPreview(boolean preview) {
        this.preview = preview;
        submit.setEnabled(!preview);
        submit.setText(translate(preview ? "survey.respond.preview" : "survey.respond.submit"));
    }

    public boolean isPreview() {
        return preview;
    }

    /** Lets the respondent submit again (after the server refused a submission). */
    public void submitDone() {
        submit.setEnabled(!preview);
    }

    /** The answers given, by question code, in the JSON of the public API; unanswered questions are absent. */
    public Map<String, JsonNode> answers() {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        entries.forEach((code, entry) -> {
            JsonNode answer = shown(entry) ? answer(entry) : null;
            if (answer != null) {
                answers.put(code, answer);
            }
        });
        return answers;
    }

    /** Fills answers in (e.g. the same answers after a change of language); unknown codes and options are skipped. */
    @SuppressWarnings("unchecked")
    public void fill(Map<String, JsonNode> answers) {
        answers.forEach((code, answer) -> {
            Entry entry = entries.get(code);
            if (entry == null || answer == null) {
                return;
            }
            switch (entry.question().type()) {
                case SATISFACTION, SINGLE_CHOICE -> {
                    if (hasOption(entry.question(), answer.asText())) {
                        ((RadioButtonGroup<String>) entry.field()).setValue(answer.asText());
                    }
                }
                case RATING -> {
                    if (answer.isInt() && answer.asInt() >= 0 && answer.asInt() <= 10) {
                        ((RadioButtonGroup<Integer>) entry.field()).setValue(answer.asInt());
                    }
                }
                case MULTIPLE_CHOICE -> {
                    Set<String> chosen = new LinkedHashSet<>();
                    answer.forEach(a -> {
                        if (hasOption(entry.question(), a.asText())) {
                            chosen.add(a.asText());
                        }
                    });
                    ((CheckboxGroup<String>) entry.field()).setValue(chosen);
                }
                case MATRIX -> {
                    Map<String, String> cells = new LinkedHashMap<>();
                    entry.question().rows().forEach(row -> {
                        JsonNode cell = answer.get(row.code());
                        if (cell != null && hasOption(entry.question(), cell.asText())) {
                            cells.put(row.code(), cell.asText());
                        }
                    });
                    ((MatrixField) entry.field()).setValue(cells);
                }
                case TEXT -> ((TextArea) entry.field()).setValue(answer.asText());
            }
        });
        refreshVisibility();
        updateProgress();
    }

    /** Checks every question, shows each error beside its question and focuses the first; true when all pass. */
    public boolean validate() {
        Entry first = null;
        for (Entry entry : entries.values()) {
            if (shown(entry) && !check(entry, true) && first == null) {
                first = entry;
            }
        }
        if (first != null) {
            first.fieldSet().scrollIntoView();
            first.field().getElement().callJsFunction("focus");
        }
        return first == null;
    }

    /**
     * Shows a refusal of the server beside its question ({@code answers.<code>} or the bare code); false when the
     * field is none of this form's.
     */
    public boolean showError(String field, String message) {
        String code = field != null && field.startsWith("answers.") ? field.substring("answers.".length()) : field;
        Entry entry = code == null ? null : entries.get(code);
        if (entry == null) {
            return false;
        }
        setError(entry, message);
        entry.fieldSet().scrollIntoView();
        return true;
    }

    /** Answered and still to answer: the progress indicator's count, e.g. for tests. */
    public int answeredCount() {
        return (int) entries.values().stream().filter(e -> shown(e) && answer(e) != null).count();
    }

    /** Whether a question is shown: it has no condition, or its condition's question is shown and answered so. */
    private boolean shown(Entry entry) {
        if (entry.question().showIf() == null) {
            return true;
        }
        Entry on = entries.get(entry.question().showIf().question());
        return on != null && shown(on) && entry.question().showIf().metBy(answer(on));
    }

    /** Whether the question with this code is shown now. */
    public boolean isShown(String code) {
        Entry entry = entries.get(code);
        return entry != null && shown(entry);
    }

    private void refreshVisibility() {
        for (Entry entry : entries.values()) {
            boolean shown = shown(entry);
            entry.fieldSet().setVisible(shown);
            if (!shown) {
                setError(entry, null);
            }
        }
    }

    private Component question(Question question) {
        FieldSet fieldSet = new FieldSet();
        fieldSet.addClassName("gk-q");
        fieldSet.setId("q-" + question.code());
        String legend = text(question.text()) + (question.required() ? " *" : "");
        fieldSet.setLegendText(legend);
        AbstractField<?, ?> field = switch (question.type()) {
            case SATISFACTION, SINGLE_CHOICE -> {
                RadioButtonGroup<String> group = new RadioButtonGroup<>();
                group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                group.setItems(question.options().stream().map(Choice::code).toList());
                group.setItemLabelGenerator(code -> question.options().stream().filter(o -> o.code().equals(code))
                        .findFirst().map(o -> text(o.label())).orElse(code));
                group.setAriaLabel(legend);
                group.setRequiredIndicatorVisible(question.required());
                yield group;
            }
            case RATING -> {
                RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
                group.addClassName("gk-rating");
                group.setItems(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
                group.setAriaLabel(legend);
                group.setRequiredIndicatorVisible(question.required());
                yield group;
            }
            case MULTIPLE_CHOICE -> {
                CheckboxGroup<String> group = new CheckboxGroup<>();
                group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                group.setItems(question.options().stream().map(Choice::code).toList());
                group.setItemLabelGenerator(code -> question.options().stream().filter(o -> o.code().equals(code))
                        .findFirst().map(o -> text(o.label())).orElse(code));
                group.setAriaLabel(legend);
                group.setRequiredIndicatorVisible(question.required());
                yield group;
            }
            case MATRIX -> {
                MatrixField matrix = new MatrixField(question, this::text);
                matrix.getElement().setAttribute("aria-label", legend);
                matrix.setRequiredIndicatorVisible(question.required());
                yield matrix;
            }
            case TEXT -> {
                TextArea area = new TextArea();
                area.setWidthFull();
                area.setMaxLength(MAX_TEXT);
                area.setValueChangeMode(ValueChangeMode.LAZY);
                area.setAriaLabel(legend);
                area.setRequiredIndicatorVisible(question.required());
                yield area;
            }
        };
        field.setId("q-" + question.code() + "-field");
        if (question.help() != null && field instanceof com.vaadin.flow.component.HasHelper helper) {
            helper.setHelperText(text(question.help()));
        }
        Entry entry = new Entry(question, field, fieldSet);
        entries.put(question.code(), entry);
        field.addValueChangeListener(e -> {
            // as you answer: a wrong or cleared answer shows its error at once, a good one clears it
            check(entry, e.isFromClient());
            refreshVisibility();
            updateProgress();
        });
        fieldSet.add(field);
        return fieldSet;
    }

    /** Checks one question; shows or clears its error when {@code show}. */
    private boolean check(Entry entry, boolean show) {
        Question q = entry.question();
        JsonNode answer = answer(entry);
        String error = null;
        if (answer == null && q.required()
                || q.required() && entry.field() instanceof MatrixField matrix && !matrix.complete()) {
            error = translate("survey.respond.required");
        } else if (answer != null && answer.isTextual() && q.type() == gongkai.survey.QuestionType.TEXT
                && answer.asText().length() > MAX_TEXT) {
            error = translate("survey.respond.too-long", MAX_TEXT);
        }
        if (show || error == null) {
            setError(entry, error);
        }
        return error == null;
    }

    private static void setError(Entry entry, String error) {
        if (entry.field() instanceof HasValidation validation) {
            validation.setErrorMessage(error);
            validation.setInvalid(error != null);
        }
        if (error == null) {
            entry.fieldSet().removeClassName("gk-invalid");
        } else {
            entry.fieldSet().addClassName("gk-invalid");
        }
    }

    private void updateProgress() {
        int total = (int) entries.values().stream().filter(this::shown).count();
        int answered = answeredCount();
        progress.setValue(total == 0 ? 0 : (double) answered / total);
        progressText.setText(translate("survey.respond.progress", answered, total));
    }

    private static JsonNode answer(Entry entry) {
        Object value = entry.field().getValue();
        return switch (entry.question().type()) {
            case SATISFACTION, SINGLE_CHOICE -> value == null ? null : TextNode.valueOf((String) value);
            case RATING -> value == null ? null : IntNode.valueOf((Integer) value);
            case MULTIPLE_CHOICE -> {
                Collection<?> chosen = (Collection<?>) value;
                if (chosen == null || chosen.isEmpty()) {
                    yield null;
                }
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                // in the questionnaire's order, not the order of clicking
                entry.question().options().stream().map(Choice::code).filter(chosen::contains).forEach(array::add);
                yield array;
            }
            case MATRIX -> {
                Map<?, ?> cells = (Map<?, ?>) value;
                if (cells == null || cells.isEmpty()) {
                    yield null;
                }
                com.fasterxml.jackson.databind.node.ObjectNode object = JsonNodeFactory.instance.objectNode();
                cells.forEach((row, option) -> object.put(row.toString(), option.toString()));
                yield object;
            }
            case TEXT -> value == null || ((String) value).isBlank() ? null : TextNode.valueOf(((String) value).strip());
        };
    }

    private static boolean hasOption(Question question, String code) {
        return question.options().stream().anyMatch(o -> o.code().equals(code));
    }

    /** The text in the form's language, else simplified Chinese (always present). */
    String text(Wording wording) {
        return SurveyLanguage.of(locale).pick(wording);
    }

    private String translate(String key, Object... params) {
        return getTranslation(locale, key, params);
    }
}
