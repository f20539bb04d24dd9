package gongkai.ui.scheme;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import gongkai.scoring.BonusClaim;
import gongkai.scoring.BonusRule;
import gongkai.scoring.Component;
import gongkai.scoring.DeductionClaim;
import gongkai.scoring.DeductionRule;
import gongkai.scoring.ExplanationLine;
import gongkai.ui.cycle.ExplanationTexts;
import gongkai.scoring.InvalidSchemeException;
import gongkai.scoring.InvalidScoringInputException;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.ScoreSheet;
import gongkai.scoring.ScoringEngine;
import gongkai.scoring.ScoringInput;
import gongkai.scoring.VetoRule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The what-if calculator: component scores given directly, bonus occurrences, deduction points and vetoes go
 * through the same pure engine the assessment uses, and the explanation says what each rule did.
 */
class WhatIfPanel extends VerticalLayout {

    private final FormLayout inputs = new FormLayout();
    private final Map<String, BigDecimalField> componentScores = new LinkedHashMap<>();
    private final Map<String, IntegerField> bonusCounts = new LinkedHashMap<>();
    private final Map<String, BigDecimalField> deductionPoints = new LinkedHashMap<>();
    private final Map<String, Checkbox> vetoes = new LinkedHashMap<>();
    private final BigDecimalField satisfactionRate = new BigDecimalField();
    private final H3 result = new H3();
    private final Span error = new Span();
    private final Grid<ExplanationLine> explanation = new Grid<>();
    private SchemeDefinition definition;

    WhatIfPanel() {
        setPadding(false);
        satisfactionRate.setId("whatif-satisfaction");
        satisfactionRate.setLabel(getTranslation("scheme.satisfactionRate"));
        Button compute = new Button(getTranslation("scheme.compute"), e -> compute());
        compute.setId("whatif-compute");
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("whatif-result");
        error.setId("whatif-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        explanation.setId("whatif-explanation");
        // The engine's lines in the user's language (#4), as the cycle dashboard shows them.
        explanation.addColumn(l -> getTranslation("cycle.explanation." + l.kind().name()))
                .setHeader(getTranslation("scheme.step")).setAutoWidth(true);
        explanation.addColumn(l -> ExplanationTexts.code(l, this::getTranslation)).setHeader(getTranslation("field.code"))
                .setAutoWidth(true);
        explanation.addColumn(l -> ExplanationTexts.text(l, this::getTranslation))
                .setHeader(getTranslation("scheme.explanation")).setFlexGrow(4);
        explanation.setAllRowsVisible(true);
        add(inputs, compute, error, result, explanation);
    }

    void show(SchemeDefinition definition) {
        this.definition = definition;
        inputs.removeAll();
        componentScores.clear();
        bonusCounts.clear();
        deductionPoints.clear();
        vetoes.clear();
        for (Component c : definition.components()) {
            BigDecimalField field = new BigDecimalField(getTranslation("scheme.componentScore", c.code(),
                    c.maxPoints() == null ? "—" : c.maxPoints().toPlainString()));
            field.setId("whatif-component-" + c.code());
            componentScores.put(c.code(), field);
            inputs.add(field);
        }
        for (BonusRule r : definition.bonusRules()) {
            IntegerField field = new IntegerField(getTranslation("scheme.bonusCount", r.code()));
            field.setId("whatif-bonus-" + r.code());
            field.setMin(0);
            bonusCounts.put(r.code(), field);
            inputs.add(field);
        }
        for (DeductionRule r : definition.deductionRules()) {
            BigDecimalField field = new BigDecimalField(getTranslation("scheme.deductionPoints", r.code()));
            field.setId("whatif-deduction-" + r.code());
            deductionPoints.put(r.code(), field);
            inputs.add(field);
        }
        for (VetoRule r : definition.vetoRules()) {
            Checkbox box = new Checkbox(getTranslation("scheme.vetoApplies", r.code()));
            box.setId("whatif-veto-" + r.code());
            vetoes.put(r.code(), box);
            inputs.add(box);
        }
        if (!definition.gradeConditions().isEmpty()) {
            inputs.add(satisfactionRate);
        }
    }

    private void compute() {
        error.setText("");
        componentScores.values().forEach(f -> f.setInvalid(false));
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        componentScores.forEach((code, field) -> {
            if (field.getValue() != null) {
                scores.put(code, field.getValue());
            }
        });
        List<BonusClaim> bonuses = new ArrayList<>();
        bonusCounts.forEach((code, field) -> {
            if (field.getValue() != null && field.getValue() > 0) {
                bonuses.add(new BonusClaim(code, field.getValue()));
            }
        });
        List<DeductionClaim> deductions = new ArrayList<>();
        deductionPoints.forEach((code, field) -> {
            if (field.getValue() != null) {
                deductions.add(new DeductionClaim(code, field.getValue()));
            }
        });
        List<String> vetoed = vetoes.entrySet().stream().filter(e -> e.getValue().getValue()).map(Map.Entry::getKey).toList();
        ScoringInput input = new ScoringInput(scores, Map.of(), List.of(), bonuses, deductions, vetoed,
                definition.gradeConditions().isEmpty() ? null : satisfactionRate.getValue());
        try {
            ScoreSheet sheet = ScoringEngine.score(definition, input);
            result.setText(getTranslation("scheme.result", sheet.total(), sheet.uncappedTotal(), sheet.gradeLabel(),
                    sheet.performanceContribution() == null ? "—" : sheet.performanceContribution()));
            explanation.setItems(sheet.explanation());
        } catch (InvalidScoringInputException e) {
            result.setText("");
            explanation.setItems(List.of());
            String field = e.field();
            componentScores.forEach((code, f) -> {
                if (field.equals("input.componentScores." + code)) {
                    f.setErrorMessage(e.detail());
                    f.setInvalid(true);
                }
            });
            error.setText(field + ": " + e.detail());
        } catch (InvalidSchemeException e) {
            result.setText("");
            error.setText(getTranslation("scheme.invalid", e.problems().size()));
        }
    }
}
