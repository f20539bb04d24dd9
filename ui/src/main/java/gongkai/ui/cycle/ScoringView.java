package gongkai.ui.cycle;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gongkai.cycle.AssessorScore;
import gongkai.cycle.AssessorScoring;
import gongkai.cycle.CycleEvents;
import gongkai.cycle.CycleState;
import gongkai.cycle.CycleView;
import gongkai.cycle.Cycles;
import gongkai.cycle.EvidenceFiles;
import gongkai.cycle.EvidenceView;
import gongkai.cycle.ScoreEntry;
import gongkai.cycle.UnitScoresView;
import gongkai.error.DomainException;
import gongkai.scheme.Schemes;
import gongkai.scoring.BonusClaim;
import gongkai.scoring.BonusRule;
import gongkai.scoring.Component;
import gongkai.scoring.ComponentKind;
import gongkai.scoring.DeductionClaim;
import gongkai.scoring.DeductionRule;
import gongkai.scoring.Indicator;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.VetoRule;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import gongkai.ui.MainLayout;
import gongkai.ui.form.ServerErrors;
import gongkai.ui.session.RequiresRole;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assessor's scoring screen (评分) for one unit: the unit's self-score beside each input, a comment required
 * below the maximum (checked as typed), and the unit's bonus, deduction and veto events with their evidence.
 */
@Route(value = "cycles/:cycleCode/units/:unitCode/scores", layout = MainLayout.class)
@PageTitle("Gongkai 公开")
@RequiresRole({Role.TENANT_ADMIN, Role.ASSESSOR})
@Dependent
public class ScoringView extends VerticalLayout implements BeforeEnterObserver {

    private final Cycles cycles;
    private final AssessorScoring scoring;
    private final EvidenceFiles evidence;
    private final Schemes schemes;
    private final Map<String, BigDecimalField> points = new LinkedHashMap<>();
    private final Map<String, TextField> comments = new LinkedHashMap<>();
    private final Map<String, BigDecimal> maxima = new LinkedHashMap<>();
    private final Map<String, IntegerField> bonuses = new LinkedHashMap<>();
    private final Map<String, BigDecimalField> deductions = new LinkedHashMap<>();
    private final Map<String, Checkbox> vetoes = new LinkedHashMap<>();
    private String cycleCode;
    private String unitCode;
    private boolean eventsOpen;

    @Inject
    public ScoringView(Cycles cycles, AssessorScoring scoring, EvidenceFiles evidence, Schemes schemes) {
        this.cycles = cycles;
        this.scoring = scoring;
        this.evidence = evidence;
        this.schemes = schemes;
        setMaxWidth("80em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cycleCode = event.getRouteParameters().get("cycleCode").orElse("");
        unitCode = event.getRouteParameters().get("unitCode").orElse("");
        removeAll();
        points.clear();
        comments.clear();
        try {
            CycleView cycle = cycles.get(cycleCode);
            UnitScoresView entered = scoring.get(cycleCode, unitCode);
            SchemeDefinition scheme = schemes.get(cycle.schemeCode(), cycle.schemeVersion()).definition();
            show(cycle, entered, scheme, evidence.list(cycleCode, unitCode));
        } catch (DomainException problem) {
            add(new H2(getTranslation("cycle.scoring.title")));
            ServerErrors.show(problem, Map.of());
        }
    }

    private void show(CycleView cycle, UnitScoresView entered, SchemeDefinition scheme, List<EvidenceView> files) {
        Acting acting = TenantContext.current();
        boolean editable = !acting.readOnly() && (cycle.state() == CycleState.ASSESSMENT
                || cycle.state() == CycleState.REVIEW && cycle.reviewClosedAt() == null);
        eventsOpen = editable && cycle.state() == CycleState.ASSESSMENT;
        add(new H2(getTranslation("cycle.scoring.title") + " · " + unitCode + " · " + cycleCode));
        Span missing = new Span(getTranslation("cycle.scoring.missing", entered.missing().size()));
        missing.setId("scoring-missing");
        add(missing);
        for (Component component : scheme.components()) {
            if (component.kind() == ComponentKind.INDICATORS) {
                add(new H3(CycleTexts.name(component.name())));
                component.indicators().forEach(node -> addNode(node, 0, entered, editable, files));
            }
        }
        addEvents(scheme, entered.events(), acting.tenantCode(), files);
        if (editable) {
            Button save = new Button(getTranslation("action.save"), VaadinIcon.DISC.create(), e -> save());
            save.setId("scores-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        }
    }

    private void addNode(Indicator node, int depth, UnitScoresView entered, boolean editable,
                         List<EvidenceView> files) {
        if (!node.leaf()) {
            Span heading = new Span(node.code() + " " + CycleTexts.name(node.name()) + " ("
                    + getTranslation("cycle.max", node.maxPoints().toPlainString()) + ")");
            heading.getStyle().set("font-weight", "600").set("margin-left", depth + "em");
            add(heading);
            node.children().forEach(child -> addNode(child, depth + 1, entered, editable, files));
            return;
        }
        String code = node.code();
        maxima.put(code, node.maxPoints());
        Div label = new Div(new Span(CycleTexts.name(node.name())));
        label.setWidth("20em");
        BigDecimal selfScore = entered.selfScores().get(code);
        Span self = new Span(selfScore == null ? "—" : selfScore.toPlainString());
        self.setId("self-score-" + code);
        Div selfBox = new Div(new Span(getTranslation("cycle.scoring.selfScore")), self);
        selfBox.getStyle().set("display", "flex").set("flex-direction", "column").set("min-width", "6em");
        self.getStyle().set("font-weight", "600");
        // The unit's own evidence for the indicator, to read beside its self-score.
        Div unitFiles = new Div();
        files.stream().filter(f -> code.equals(f.indicator())).forEach(f -> {
            com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                    CycleTexts.evidenceHref(TenantContext.current().tenantCode(), cycleCode, unitCode, f.id()),
                    f.filename());
            link.setRouterIgnore(true);
            link.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
            unitFiles.add(link);
        });
        selfBox.add(unitFiles);

        AssessorScore current = entered.scores().get(code);
        BigDecimalField score = new BigDecimalField(getTranslation("cycle.scoring.points"));
        score.setId("score-" + code);
        score.setHelperText(getTranslation("cycle.max", node.maxPoints().toPlainString()));
        score.setValueChangeMode(ValueChangeMode.EAGER);
        score.setWidth("9em");
        score.setReadOnly(!editable);
        TextField comment = new TextField(getTranslation("cycle.scoring.comment"));
        comment.setId("comment-" + code);
        comment.setValueChangeMode(ValueChangeMode.EAGER);
        comment.setMaxLength(2000);
        comment.setWidth("24em");
        comment.setReadOnly(!editable);
        if (current != null) {
            score.setValue(current.points());
            comment.setValue(current.comment() == null ? "" : current.comment());
        }
        points.put(code, score);
        comments.put(code, comment);
        score.addValueChangeListener(e -> check(code));
        comment.addValueChangeListener(e -> check(code));
        HorizontalLayout row = new HorizontalLayout(label, selfBox, score, comment);
        row.setId("leaf-" + code);
        row.setAlignItems(FlexComponent.Alignment.START);
        row.getStyle().set("margin-left", depth + "em").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        add(row);
    }

    private void addEvents(SchemeDefinition scheme, CycleEvents events, String tenantCode, List<EvidenceView> files) {
        if (scheme.bonusRules().isEmpty() && scheme.deductionRules().isEmpty() && scheme.vetoRules().isEmpty()) {
            return;
        }
        add(new H3(getTranslation("cycle.scoring.events")));
        for (BonusRule rule : scheme.bonusRules()) {
            IntegerField count = new IntegerField(CycleTexts.name(rule.name()));
            count.setId("bonus-" + rule.code());
            count.setMin(0);
            count.setStepButtonsVisible(true);
            count.setHelperText(getTranslation("cycle.scoring.bonusHelp", rule.pointsPerOccurrence().toPlainString()));
            count.setValue(events.bonuses().stream().filter(b -> b.code().equals(rule.code()))
                    .mapToInt(BonusClaim::count).sum());
            count.setReadOnly(!eventsOpen);
            bonuses.put(rule.code(), count);
            add(eventRow(count, rule.code(), tenantCode, files));
        }
        for (DeductionRule rule : scheme.deductionRules()) {
            BigDecimalField deducted = new BigDecimalField(CycleTexts.name(rule.name()));
            deducted.setId("deduction-" + rule.code());
            deducted.setValueChangeMode(ValueChangeMode.EAGER);
            deducted.setHelperText(getTranslation("cycle.scoring.deductionHelp"));
            deducted.setValue(events.deductions().stream().filter(d -> d.code().equals(rule.code()))
                    .map(DeductionClaim::points).reduce(BigDecimal::add).orElse(null));
            deducted.setReadOnly(!eventsOpen);
            deductions.put(rule.code(), deducted);
            add(eventRow(deducted, rule.code(), tenantCode, files));
        }
        for (VetoRule rule : scheme.vetoRules()) {
            Checkbox veto = new Checkbox(rule.description() == null ? rule.code() : rule.description());
            veto.setId("veto-" + rule.code());
            veto.setValue(events.vetoes().contains(rule.code()));
            veto.setReadOnly(!eventsOpen);
            vetoes.put(rule.code(), veto);
            add(eventRow(veto, rule.code(), tenantCode, files));
        }
    }

    private HorizontalLayout eventRow(com.vaadin.flow.component.Component field, String code, String tenantCode,
                                      List<EvidenceView> files) {
        EvidenceField proof = new EvidenceField(evidence, tenantCode, cycleCode, unitCode, null, code, eventsOpen,
                files.stream().filter(f -> code.equals(f.event())).toList());
        HorizontalLayout row = new HorizontalLayout(field, proof);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    /** As typed: points within 0..max, and a comment when below the maximum. */
    private boolean check(String code) {
        BigDecimalField score = points.get(code);
        TextField comment = comments.get(code);
        ScoreChecks.Problem pointsProblem = ScoreChecks.points(score.getValue(), maxima.get(code));
        score.setInvalid(pointsProblem != null);
        score.setErrorMessage(pointsProblem == null ? null : getTranslation(pointsProblem.key(), pointsProblem.argument()));
        ScoreChecks.Problem commentProblem = ScoreChecks.comment(score.getValue(), maxima.get(code), comment.getValue());
        comment.setInvalid(commentProblem != null);
        comment.setErrorMessage(commentProblem == null ? null
                : getTranslation(commentProblem.key(), commentProblem.argument()));
        return pointsProblem == null && commentProblem == null;
    }

    private void save() {
        boolean ok = true;
        Map<String, AssessorScore> entered = new LinkedHashMap<>();
        for (String code : points.keySet()) {
            ok &= check(code);
            BigDecimal value = points.get(code).getValue();
            if (value != null) {
                String comment = comments.get(code).getValue();
                entered.put(code, new AssessorScore(value, comment == null || comment.isBlank() ? null : comment.strip()));
            }
        }
        if (!ok) {
            return;
        }
        CycleEvents events = null;
        if (eventsOpen) {
            List<BonusClaim> bonusClaims = new ArrayList<>();
            bonuses.forEach((code, field) -> {
                if (field.getValue() != null && field.getValue() > 0) {
                    bonusClaims.add(new BonusClaim(code, field.getValue()));
                }
            });
            List<DeductionClaim> deductionClaims = new ArrayList<>();
            deductions.forEach((code, field) -> {
                if (field.getValue() != null && field.getValue().signum() > 0) {
                    deductionClaims.add(new DeductionClaim(code, field.getValue()));
                }
            });
            List<String> vetoed = vetoes.entrySet().stream().filter(e -> e.getValue().getValue())
                    .map(Map.Entry::getKey).toList();
            events = new CycleEvents(bonusClaims, deductionClaims, vetoed);
        }
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        points.forEach((code, field) -> fields.put("scores." + code, field));
        comments.forEach((code, field) -> fields.put("scores." + code + ".comment", field));
        try {
            UnitScoresView saved = scoring.enter(cycleCode, unitCode, new ScoreEntry(entered, events));
            ServerErrors.saved(getTranslation("saved"));
            getChildren().filter(c -> c.getId().orElse("").equals("scoring-missing")).findFirst()
                    .ifPresent(c -> ((Span) c).setText(getTranslation("cycle.scoring.missing", saved.missing().size())));
        } catch (DomainException problem) {
            ServerErrors.show(problem, fields);
        }
    }
}
