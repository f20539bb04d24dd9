package gongkai.ui.survey;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gongkai.error.DomainException;
import gongkai.survey.QuestionSection;
import gongkai.survey.QuestionType;
import gongkai.survey.QuestionnaireDefinition;
import gongkai.survey.QuestionnaireJson;
import gongkai.survey.QuestionnaireState;
import gongkai.survey.QuestionnaireVersion;
import gongkai.survey.Questionnaires;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import gongkai.ui.MainLayout;
import gongkai.ui.form.ServerErrors;
import gongkai.ui.session.RequiresRole;
import gongkai.ui.survey.QuestionnaireDraft.ChoiceDraft;
import gongkai.ui.survey.QuestionnaireDraft.QuestionDraft;
import gongkai.ui.survey.QuestionnaireDraft.SectionDraft;
import gongkai.ui.survey.QuestionnaireDraft.Text;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The questionnaire builder (issue 5): sections from the seeds' content areas, questions of every type, points per
 * scale option, weights, conditions and three languages. Every keystroke re-runs the definition's own check (the one
 * the server runs) and shows its refusal beside the field it names; a published version is read-only and a save
 * refused by the server (e.g. a campaign started using the version meanwhile) is shown the same way.
 */
@Route(value = "questionnaires/:code/:version", layout = MainLayout.class)
@PageTitle("Gongkai 公开")
@RequiresRole({Role.TENANT_ADMIN, Role.ASSESSOR})
@Dependent
public class QuestionnaireEditorView extends VerticalLayout implements BeforeEnterObserver {

    private final Questionnaires questionnaires;
    private final H2 title = new H2();
    private final Span state = new Span();
    private final Span problem = new Span();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final VerticalLayout body = new VerticalLayout();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private QuestionnaireVersion version;
    private QuestionnaireDraft draft;
    private boolean editable;
    private HasValidation shownInvalid;

    @Inject
    public QuestionnaireEditorView(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
        state.getElement().getThemeList().add("badge");
        state.setId("questionnaire-state");
        problem.setId("questionnaire-problem");
        body.setPadding(false);
        HorizontalLayout header = new HorizontalLayout(title, state);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, actions, problem, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        try {
            version = questionnaires.get(code, Integer.parseInt(event.getRouteParameters().get("version").orElse("")));
        } catch (NumberFormatException | DomainException e) {
            event.rerouteTo("questionnaires");
            return;
        }
        Acting acting = TenantContext.current();
        boolean office = acting.mayChange(Role.TENANT_ADMIN);
        editable = office && version.state() == QuestionnaireState.DRAFT;
        draft = QuestionnaireDraft.of(version.definition());
        title.setText(version.code() + " · v" + version.version());
        state.setText(getTranslation("questionnaire.state." + version.state().name()));
        buildActions(office);
        render();
    }

    private void buildActions(boolean office) {
        actions.removeAll();
        if (editable) {
            Button save = new Button(getTranslation("action.save"), VaadinIcon.CHECK.create(), e -> save());
            save.setId("questionnaire-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(save);
        } else if (office) {
            Button next = new Button(getTranslation("questionnaire.newVersion"), VaadinIcon.COPY.create(), e -> {
                try {
                    QuestionnaireVersion created = questionnaires.newVersion(version.code());
                    UI.getCurrent().navigate("questionnaires/" + created.code() + "/" + created.version());
                } catch (DomainException refused) {
                    ServerErrors.show(refused, Map.of());
                }
            });
            next.setId("questionnaire-new-version");
            actions.add(next);
        }
        Button preview = new Button(getTranslation("questionnaire.preview"), VaadinIcon.EYE.create(), e -> preview());
        preview.setId("questionnaire-preview");
        Anchor export = new Anchor("/api/v1/tenants/" + TenantContext.current().tenantCode() + "/questionnaires/"
                + version.code() + "/versions/" + version.version() + "/export", getTranslation("questionnaire.export"));
        export.getElement().setAttribute("download", true);
        export.setId("questionnaire-export");
        actions.add(preview, export);
        if (editable) {
            actions.add(importer()); // last: an upload is wide and would push the other actions out of view
        }
    }

    /** Import a JSON definition (an export of this or another tenant) into the draft; saved only with "save". */
    @SuppressWarnings("deprecation")
    private Upload importer() {
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("questionnaire-import");
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFileSize(1024 * 1024);
        upload.setUploadButton(new Button(getTranslation("questionnaire.import"), VaadinIcon.UPLOAD.create()));
        upload.setDropAllowed(false);
        upload.addSucceededListener(e -> {
            try {
                String json = new String(buffer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                draft = QuestionnaireDraft.of(QuestionnaireJson.read(json));
                render();
            } catch (Exception unreadable) {
                ServerErrors.show(DomainException.invalid("file", getTranslation("questionnaire.importUnreadable")), Map.of());
            }
            upload.clearFileList();
        });
        return upload;
    }

    private void save() {
        try {
            version = questionnaires.update(version.code(), version.version(), draft.toDefinition());
            draft = QuestionnaireDraft.of(version.definition());
            ServerErrors.saved(getTranslation("saved"));
        } catch (DomainException refused) {
            showProblem(refused);
            if (nearest(refused.field()) == null) {
                ServerErrors.show(refused, Map.of());
            }
        }
    }

    private void preview() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("questionnaire.preview"));
        dialog.setWidth("min(40em, 95vw)");
        // the respondents' own form (the public survey page's), in preview: everything answerable, nothing sent
        gongkai.ui.survey.respond.QuestionnaireForm form = new gongkai.ui.survey.respond.QuestionnaireForm(
                draft.toDefinition(), getLocale());
        form.setPreview(true);
        form.setId("questionnaire-preview-content");
        dialog.add(form);
        Button close = new Button(getTranslation("questionnaire.close"), e -> dialog.close());
        close.setId("preview-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    // ---------------------------------------------------------------- rendering

    /** Rebuilds the form (after a structural change: a section or question added, moved, removed, retyped). */
    private void render() {
        body.removeAll();
        fields.clear();
        shownInvalid = null;
        body.add(wording("definition.title", "questionnaire.title", draft.title));
        body.add(wording("definition.introduction", "questionnaire.introduction", draft.introduction));
        for (int s = 0; s < draft.sections.size(); s++) {
            body.add(section(s, draft.sections.get(s)));
        }
        if (editable) {
            body.add(sectionAdder());
        }
        validate();
    }

    private Component sectionAdder() {
        ComboBox<QuestionSection> template = new ComboBox<>(getTranslation("questionnaire.sectionTemplate"));
        template.setId("section-template");
        template.setItems(QuestionnaireDraft.templates());
        template.setItemLabelGenerator(t -> t.title().zhHans() + " (" + t.code() + ")");
        template.setPlaceholder(getTranslation("questionnaire.blankSection"));
        template.setClearButtonVisible(true);
        template.setWidth("20em");
        Button add = new Button(getTranslation("questionnaire.addSection"), VaadinIcon.PLUS.create(), e -> {
            draft.addSection(template.getValue());
            render();
        });
        add.setId("section-add");
        HorizontalLayout row = new HorizontalLayout(template, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Component section(int s, SectionDraft section) {
        String at = "definition.sections[" + s + "]";
        Div card = card("section-" + s);
        H3 heading = new H3(getTranslation("questionnaire.section") + " " + (s + 1));
        heading.getStyle().set("margin", "0");
        HorizontalLayout top = new HorizontalLayout(heading);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (editable) {
            top.add(mover(draft.sections, s, "section-" + s));
        }
        HorizontalLayout codeAndWeight = new HorizontalLayout(
                text(at + ".code", getTranslation("field.code"), () -> section.code, v -> section.code = v),
                number(at + ".weight", getTranslation("questionnaire.weight"), () -> section.weight, v -> section.weight = v));
        card.add(top, codeAndWeight, wording(at + ".title", "questionnaire.sectionTitle", section.title));
        for (int q = 0; q < section.questions.size(); q++) {
            card.add(question(at + ".questions[" + q + "]", section.questions, q));
        }
        if (editable) {
            HorizontalLayout adders = new HorizontalLayout();
            adders.getStyle().set("flex-wrap", "wrap");
            for (QuestionType type : QuestionType.values()) {
                Button add = new Button(getTranslation("questionnaire.add." + type.name()), VaadinIcon.PLUS.create(), e -> {
                    draft.addQuestion(section, type);
                    render();
                });
                add.setId("section-" + s + "-add-" + type.name());
                add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                adders.add(add);
            }
            card.add(adders);
        }
        return card;
    }

    private Component question(String at, List<QuestionDraft> siblings, int index) {
        QuestionDraft q = siblings.get(index);
        Div card = card(idOf(at));
        card.getStyle().set("background", "var(--lumo-contrast-5pct)");
        Select<QuestionType> type = new Select<>();
        type.setLabel(getTranslation("questionnaire.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> getTranslation("questionnaire.type." + t.name()));
        type.setValue(q.type);
        type.setId(idOf(at + ".type"));
        type.setReadOnly(!editable);
        type.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                q.retype(e.getValue());
                render();
            }
        });
        fields.put(at + ".type", type);
        Checkbox required = new Checkbox(getTranslation("questionnaire.required"), q.required);
        required.setId(idOf(at + ".required"));
        required.setReadOnly(!editable);
        required.addValueChangeListener(e -> {
            q.required = e.getValue();
            validate();
        });
        HorizontalLayout top = new HorizontalLayout(
                text(at + ".code", getTranslation("field.code"), () -> q.code, v -> q.code = v), type,
                number(at + ".weight", getTranslation("questionnaire.weight"), () -> q.weight, v -> q.weight = v), required);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (q.type == QuestionType.SATISFACTION) {
            Checkbox rate = new Checkbox(getTranslation("questionnaire.countsForRate"), q.countsForRate == null || q.countsForRate);
            rate.setReadOnly(!editable);
            rate.addValueChangeListener(e -> {
                q.countsForRate = e.getValue() ? null : Boolean.FALSE;
                validate();
            });
            top.add(rate);
        }
        if (editable) {
            top.add(mover(siblings, index, idOf(at)));
        }
        card.add(top, wording(at + ".text", "questionnaire.text", q.text), wording(at + ".help", "questionnaire.help", q.help));
        if (!q.options.isEmpty() || q.type == QuestionType.SINGLE_CHOICE || q.type == QuestionType.MULTIPLE_CHOICE) {
            boolean points = q.type == QuestionType.SATISFACTION || q.type == QuestionType.MATRIX;
            card.add(choices(at + ".options", getTranslation(points ? "questionnaire.scale" : "questionnaire.options"),
                    q.options, points, q.type != QuestionType.SATISFACTION));
        }
        if (q.type == QuestionType.MATRIX) {
            card.add(choices(at + ".rows", getTranslation("questionnaire.rows"), q.rows, false, true));
        }
        card.add(condition(at, q));
        return card;
    }

    /** Options (or matrix rows): code, label in three languages, points where the type earns them. */
    private Component choices(String at, String caption, List<ChoiceDraft> choices, boolean points, boolean growable) {
        VerticalLayout list = new VerticalLayout(new Span(caption));
        list.setPadding(false);
        list.setSpacing(false);
        for (int o = 0; o < choices.size(); o++) {
            ChoiceDraft c = choices.get(o);
            String of = at + "[" + o + "]";
            HorizontalLayout row = new HorizontalLayout(
                    text(of + ".code", getTranslation("field.code"), () -> c.code, v -> c.code = v),
                    text(of + ".label.zhHans", getTranslation("questionnaire.zhHans"), () -> c.label.zhHans, v -> c.label.zhHans = v),
                    text(of + ".label.zhHant", getTranslation("questionnaire.zhHant"), () -> c.label.zhHant, v -> c.label.zhHant = v),
                    text(of + ".label.en", getTranslation("questionnaire.en"), () -> c.label.en, v -> c.label.en = v));
            if (points) {
                row.add(number(of + ".points", getTranslation("questionnaire.points"), () -> c.points, v -> c.points = v));
            }
            if (editable && growable) {
                int index = o;
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    choices.remove(index);
                    render();
                });
                remove.setId(idOf(of) + "-remove");
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                row.add(remove);
            }
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            list.add(row);
        }
        if (editable && growable) {
            Button add = new Button(getTranslation("questionnaire.addChoice"), VaadinIcon.PLUS.create(), e -> {
                choices.add(new ChoiceDraft("c" + (choices.size() + 1), new Text("", null, null), null));
                render();
            });
            add.setId(idOf(at) + "-add");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            list.add(add);
        }
        return list;
    }

    /** Conditional display: shown only when an earlier satisfaction or choice question got one of some options. */
    private Component condition(String at, QuestionDraft q) {
        List<QuestionDraft> earlier = draft.before(q).stream().filter(e -> e.type == QuestionType.SATISFACTION
                || e.type == QuestionType.SINGLE_CHOICE || e.type == QuestionType.MULTIPLE_CHOICE).toList();
        ComboBox<String> on = new ComboBox<>(getTranslation("questionnaire.showIf"));
        on.setId(idOf(at + ".showIf.question"));
        on.setPlaceholder(getTranslation("questionnaire.always"));
        on.setItems(earlier.stream().map(e -> e.code).toList());
        on.setClearButtonVisible(true);
        on.setReadOnly(!editable);
        if (q.showIfQuestion != null && earlier.stream().anyMatch(e -> e.code.equals(q.showIfQuestion))) {
            on.setValue(q.showIfQuestion);
        }
        fields.put(at + ".showIf.question", on);
        MultiSelectComboBox<String> anyOf = new MultiSelectComboBox<>(getTranslation("questionnaire.anyOf"));
        anyOf.setId(idOf(at + ".showIf.anyOf"));
        anyOf.setReadOnly(!editable);
        anyOf.setWidth("20em");
        fields.put(at + ".showIf.anyOf", anyOf);
        Runnable options = () -> {
            List<String> codes = earlier.stream().filter(e -> e.code.equals(q.showIfQuestion)).findFirst()
                    .map(e -> e.options.stream().map(o -> o.code).toList()).orElse(List.of());
            anyOf.setItems(codes);
            anyOf.setValue(q.showIfAnyOf.stream().filter(codes::contains).toList());
            anyOf.setEnabled(q.showIfQuestion != null);
        };
        options.run();
        on.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                q.showIfQuestion = e.getValue();
                q.showIfAnyOf.clear();
                options.run();
                validate();
            }
        });
        anyOf.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                q.showIfAnyOf.clear();
                q.showIfAnyOf.addAll(e.getValue());
                validate();
            }
        });
        HorizontalLayout row = new HorizontalLayout(on, anyOf);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private <T> Component mover(List<T> list, int index, String id) {
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> {
            Collections.swap(list, index, index - 1);
            render();
        });
        up.setEnabled(index > 0);
        up.setId(id + "-up");
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> {
            Collections.swap(list, index, index + 1);
            render();
        });
        down.setEnabled(index < list.size() - 1);
        down.setId(id + "-down");
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            list.remove(index);
            render();
        });
        remove.setId(id + "-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(up, down, remove)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(up, down, remove);
    }

    private Component wording(String at, String labelKey, Text text) {
        HorizontalLayout row = new HorizontalLayout(
                text(at + ".zhHans", getTranslation(labelKey) + " · " + getTranslation("questionnaire.zhHans"),
                        () -> text.zhHans, v -> text.zhHans = v),
                text(at + ".zhHant", getTranslation("questionnaire.zhHant"), () -> text.zhHant, v -> text.zhHant = v),
                text(at + ".en", getTranslation("questionnaire.en"), () -> text.en, v -> text.en = v));
        row.setWidthFull();
        row.setFlexGrow(2, row.getComponentAt(0));
        row.setFlexGrow(1, row.getComponentAt(1), row.getComponentAt(2));
        return row;
    }

    private TextField text(String path, String label, Supplier<String> get, Consumer<String> set) {
        TextField field = new TextField(label);
        field.setId(idOf(path));
        field.setValue(get.get() == null ? "" : get.get());
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setManualValidation(true);
        field.setReadOnly(!editable);
        field.addValueChangeListener(e -> {
            set.accept(e.getValue());
            validate();
        });
        fields.put(path, field);
        return field;
    }

    private BigDecimalField number(String path, String label, Supplier<BigDecimal> get, Consumer<BigDecimal> set) {
        BigDecimalField field = new BigDecimalField(label);
        field.setId(idOf(path));
        field.setValue(get.get());
        field.setWidth("7em");
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setManualValidation(true);
        field.setReadOnly(!editable);
        field.addValueChangeListener(e -> {
            set.accept(e.getValue());
            validate();
        });
        fields.put(path, field);
        return field;
    }

    private static Div card(String id) {
        Div card = new Div();
        card.setId(id);
        card.setWidthFull();
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box");
        return card;
    }

    // ---------------------------------------------------------------- validation

    /** Runs the definition's check on the working copy; its refusal goes beside the field it names. */
    private void validate() {
        try {
            QuestionnaireDefinition checked = draft.toDefinition().checked();
            clearInvalid();
            problem.setText(getTranslation("questionnaire.valid", checked.questions().size()));
            problem.getStyle().set("color", "var(--lumo-success-text-color)");
        } catch (DomainException refused) {
            showProblem(refused);
        }
    }

    private void showProblem(DomainException refused) {
        clearInvalid();
        String field = refused.field() == null ? "" : refused.field();
        problem.setText(getTranslation("questionnaire.invalid", field.replaceFirst("^definition\\.", ""), refused.getMessage()));
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        HasValidation target = nearest(field);
        if (target != null) {
            target.setErrorMessage(refused.getMessage());
            target.setInvalid(true);
            shownInvalid = target;
        }
    }

    private void clearInvalid() {
        if (shownInvalid != null) {
            shownInvalid.setInvalid(false);
            shownInvalid.setErrorMessage(null);
            shownInvalid = null;
        }
    }

    /** The field a refusal names, or the nearest enclosing one that has a field ({@code showIf.anyOf[1]} -> {@code showIf.anyOf}). */
    private HasValidation nearest(String path) {
        String at = path;
        while (at != null && !at.isEmpty()) {
            HasValidation f = fields.get(at);
            if (f != null) {
                return f;
            }
            int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
            at = cut <= 0 ? null : at.substring(0, cut);
        }
        return null;
    }

    /** An element id from a field path: {@code definition.sections[1].questions[0].code} -> {@code sections-1-questions-0-code}. */
    static String idOf(String path) {
        return path.replaceFirst("^definition\\.", "").replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }
}
