package gongkai.ui.cycle;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gongkai.cycle.CycleState;
import gongkai.cycle.CycleView;
import gongkai.cycle.Cycles;
import gongkai.cycle.EvidenceFiles;
import gongkai.cycle.EvidenceView;
import gongkai.cycle.SelfAssessment;
import gongkai.cycle.SelfAssessmentInput;
import gongkai.cycle.SelfAssessmentView;
import gongkai.cycle.SelfAssessments;
import gongkai.error.DomainException;
import gongkai.scheme.Schemes;
import gongkai.scoring.Component;
import gongkai.scoring.ComponentKind;
import gongkai.scoring.Indicator;
import gongkai.scoring.SchemeDefinition;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import gongkai.ui.MainLayout;
import gongkai.ui.form.ServerErrors;
import gongkai.ui.session.RequiresRole;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's self-assessment (自评) over the scheme's indicator tree: a self-score per leaf checked against its maximum
 * as it is typed, evidence files per leaf, the written report; the unit's liaison saves drafts and submits once
 * complete. Everyone else who sees the unit reads it.
 */
@Route(value = "cycles/:cycleCode/units/:unitCode/self-assessment", layout = MainLayout.class)
@PageTitle("Gongkai 公开")
@RequiresRole({Role.TENANT_ADMIN, Role.ASSESSOR, Role.UNIT_LIAISON})
@Dependent
public class SelfAssessmentFormView extends VerticalLayout implements BeforeEnterObserver {

    private final Cycles cycles;
    private final SelfAssessments selfAssessments;
    private final EvidenceFiles evidence;
    private final Schemes schemes;
    private final Map<String, BigDecimalField> scores = new LinkedHashMap<>();
    private final Map<String, BigDecimal> maxima = new LinkedHashMap<>();
    private final TextArea report = new TextArea();
    private String cycleCode;
    private String unitCode;

    @Inject
    public SelfAssessmentFormView(Cycles cycles, SelfAssessments selfAssessments, EvidenceFiles evidence, Schemes schemes) {
        this.cycles = cycles;
        this.selfAssessments = selfAssessments;
        this.evidence = evidence;
        this.schemes = schemes;
        setMaxWidth("72em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cycleCode = event.getRouteParameters().get("cycleCode").orElse("");
        unitCode = event.getRouteParameters().get("unitCode").orElse("");
        removeAll();
        scores.clear();
        try {
            CycleView cycle = cycles.get(cycleCode);
            SelfAssessmentView self = selfAssessments.get(cycleCode, unitCode);
            SchemeDefinition scheme = schemes.get(cycle.schemeCode(), cycle.schemeVersion()).definition();
            List<EvidenceView> files = evidence.list(cycleCode, unitCode);
            show(cycle, self, scheme, files);
        } catch (DomainException problem) {
            add(new H2(getTranslation("cycle.self.title")));
            ServerErrors.show(problem, Map.of());
        }
    }

    private void show(CycleView cycle, SelfAssessmentView self, SchemeDefinition scheme, List<EvidenceView> files) {
        Acting acting = TenantContext.current();
        boolean editable = cycle.state() == CycleState.SELF_ASSESSMENT && self.submittedAt() == null
                && !acting.readOnly() && acting.caller().is(Role.UNIT_LIAISON);
        add(new H2(getTranslation("cycle.self.title") + " · " + unitCode + " · " + cycleCode));
        Span status = new Span(self.submittedAt() != null ? getTranslation("cycle.self.submitted")
                : editable ? getTranslation("cycle.self.draft") : getTranslation("cycle.self.readOnly",
                getTranslation("cycle.state." + cycle.state().name())));
        status.setId("self-status");
        status.getElement().getThemeList().add("badge" + (self.submittedAt() != null ? " success" : ""));
        add(status);

        for (Component component : scheme.components()) {
            if (component.kind() != ComponentKind.INDICATORS) {
                continue;
            }
            add(new H3(CycleTexts.name(component.name())));
            component.indicators().forEach(node -> addNode(node, 0, self, files, acting.tenantCode(), editable));
        }

        report.setId("self-report");
        report.setLabel(getTranslation("cycle.self.report"));
        report.setWidthFull();
        report.setMinHeight("10em");
        report.setMaxLength(SelfAssessment.MAX_REPORT);
        report.setRequiredIndicatorVisible(true);
        report.setValueChangeMode(ValueChangeMode.EAGER);
        report.setValue(self.report() == null ? "" : self.report());
        report.setReadOnly(!editable);
        report.addValueChangeListener(e -> report.setInvalid(false));
        add(report);

        if (editable) {
            Button save = new Button(getTranslation("cycle.self.save"), VaadinIcon.DISC.create(), e -> save(false));
            save.setId("self-save");
            Button submit = new Button(getTranslation("cycle.self.submit"), VaadinIcon.CHECK.create(), e -> save(true));
            submit.setId("self-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(save, submit));
        }
    }

    private void addNode(Indicator node, int depth, SelfAssessmentView self, List<EvidenceView> files,
                         String tenantCode, boolean editable) {
        if (!node.leaf()) {
            Span heading = new Span(node.code() + " " + CycleTexts.name(node.name()) + " ("
                    + getTranslation("cycle.max", node.maxPoints().toPlainString()) + ")");
            heading.getStyle().set("font-weight", "600").set("margin-left", depth + "em");
            add(heading);
            node.children().forEach(child -> addNode(child, depth + 1, self, files, tenantCode, editable));
            return;
        }
        String code = node.code();
        maxima.put(code, node.maxPoints());
        Div label = new Div();
        Span name = new Span(CycleTexts.name(node.name()));
        name.getStyle().set("font-weight", "500");
        Span criteria = new Span(node.criteria() == null ? "" : node.criteria());
        criteria.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("display", "block");
        label.add(name, criteria);
        label.setWidth("28em");

        BigDecimalField score = new BigDecimalField(getTranslation("cycle.self.score"));
        score.setId("self-" + code);
        score.setHelperText(getTranslation("cycle.max", node.maxPoints().toPlainString()));
        score.setValueChangeMode(ValueChangeMode.EAGER);
        score.setWidth("9em");
        score.setValue(self.selfScores().get(code));
        score.setReadOnly(!editable);
        score.addValueChangeListener(e -> check(code));
        scores.put(code, score);

        EvidenceField evidenceField = new EvidenceField(evidence, tenantCode, cycleCode, unitCode, code, null,
                editable, files.stream().filter(f -> code.equals(f.indicator())).toList());
        evidenceField.setWidth("24em");
        HorizontalLayout row = new HorizontalLayout(label, score, evidenceField);
        row.setId("leaf-" + code);
        row.setAlignItems(FlexComponent.Alignment.START);
        row.getStyle().set("margin-left", depth + "em").set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                .set("padding-bottom", "var(--lumo-space-s)");
        add(row);
    }

    /** As typed: within 0..max with two decimals. Returns whether the field is fine. */
    private boolean check(String code) {
        BigDecimalField field = scores.get(code);
        ScoreChecks.Problem problem = ScoreChecks.points(field.getValue(), maxima.get(code));
        field.setInvalid(problem != null);
        field.setErrorMessage(problem == null ? null : getTranslation(problem.key(), problem.argument()));
        return problem == null;
    }

    private void save(boolean submit) {
        boolean ok = true;
        for (String code : scores.keySet()) {
            ok &= check(code);
            if (submit && scores.get(code).getValue() == null) {
                scores.get(code).setErrorMessage(getTranslation("validation.required"));
                scores.get(code).setInvalid(true);
                ok = false;
            }
        }
        if (submit && report.getValue().isBlank()) {
            report.setErrorMessage(getTranslation("validation.required"));
            report.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            return;
        }
        Map<String, BigDecimal> entered = new LinkedHashMap<>();
        scores.forEach((code, field) -> {
            if (field.getValue() != null) {
                entered.put(code, field.getValue());
            }
        });
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        scores.forEach((code, field) -> fields.put("selfScores." + code, field));
        fields.put("report", report);
        try {
            selfAssessments.save(cycleCode, unitCode, new SelfAssessmentInput(entered,
                    report.getValue().isBlank() ? null : report.getValue()));
            if (submit) {
                selfAssessments.submit(cycleCode, unitCode);
                ServerErrors.saved(getTranslation("cycle.self.submitted"));
                getUI().ifPresent(ui -> ui.getPage().reload());
            } else {
                ServerErrors.saved(getTranslation("saved"));
            }
        } catch (DomainException problem) {
            ServerErrors.show(problem, fields);
        }
    }
}
