package gongkai.ui.scheme;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import gongkai.scoring.BonusRule;
import gongkai.scoring.Combination;
import gongkai.scoring.Component;
import gongkai.scoring.DeductionRule;
import gongkai.scoring.GradeBand;
import gongkai.scoring.GradeCondition;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.VetoRule;

import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Grade bands, component weights, bonus and deduction rules (editable in a draft), vetoes and conditions. */
class RulesPanel extends VerticalLayout {

    private final boolean editable;
    private final Consumer<UnaryOperator<SchemeDefinition>> onEdit;
    private final Grid<GradeBand> bands = new Grid<>();
    private final Grid<Component> weights = new Grid<>();
    private final Grid<BonusRule> bonuses = new Grid<>();
    private final Grid<DeductionRule> deductions = new Grid<>();
    private final Grid<VetoRule> vetoes = new Grid<>();
    private final Grid<GradeCondition> conditions = new Grid<>();
    private final Paragraph caps = new Paragraph();
    private SchemeDefinition definition;

    RulesPanel(boolean editable, Consumer<UnaryOperator<SchemeDefinition>> onEdit) {
        this.editable = editable;
        this.onEdit = onEdit;
        setPadding(false);
        bands.setId("bands-grid");
        bands.addColumn(b -> b.grade().name()).setHeader(getTranslation("scheme.grade")).setAutoWidth(true);
        bands.addComponentColumn(b -> text(b.label(), v -> band(b, new GradeBand(b.grade(), v, b.lower(),
                b.lowerInclusive(), b.upper(), b.upperInclusive()))))
                .setHeader(getTranslation("scheme.gradeLabel"));
        bands.addComponentColumn(b -> number("band-lower-" + b.grade(), b.lower(), v -> band(b, new GradeBand(b.grade(),
                b.label(), v, b.lowerInclusive(), b.upper(), b.upperInclusive()))))
                .setHeader(getTranslation("scheme.lower"));
        bands.addComponentColumn(b -> flag(b.lowerInclusive(), v -> band(b, new GradeBand(b.grade(), b.label(),
                b.lower(), v, b.upper(), b.upperInclusive())))).setHeader(getTranslation("scheme.inclusive"));
        bands.addComponentColumn(b -> number("band-upper-" + b.grade(), b.upper(), v -> band(b, new GradeBand(b.grade(),
                b.label(), b.lower(), b.lowerInclusive(), v, b.upperInclusive()))))
                .setHeader(getTranslation("scheme.upper"));
        bands.addComponentColumn(b -> flag(b.upperInclusive(), v -> band(b, new GradeBand(b.grade(), b.label(),
                b.lower(), b.lowerInclusive(), b.upper(), v)))).setHeader(getTranslation("scheme.inclusive"));
        bands.setAllRowsVisible(true);

        weights.addColumn(Component::code).setHeader(getTranslation("field.code")).setAutoWidth(true);
        weights.addColumn(c -> c.name() == null ? "" : c.name().zhHans()).setHeader(getTranslation("scheme.component"));
        weights.addColumn(c -> getTranslation("scheme.kind." + c.kind().name())).setHeader(getTranslation("field.kind"));
        weights.addComponentColumn(c -> number("weight-" + c.code(), c.weight(), v -> onEdit.accept(d ->
                DefinitionEdits.withWeight(d, c.code(), v)))).setHeader(getTranslation("scheme.weight"));
        weights.addColumn(c -> c.maxPoints() == null ? "" : c.maxPoints().toPlainString())
                .setHeader(getTranslation("scheme.maxPoints"));
        weights.setAllRowsVisible(true);

        bonuses.addColumn(BonusRule::code).setHeader(getTranslation("field.code")).setAutoWidth(true);
        bonuses.addColumn(r -> r.name() == null ? "" : r.name().zhHans()).setHeader(getTranslation("scheme.rule"));
        bonuses.addComponentColumn(r -> number("bonus-" + r.code(), r.pointsPerOccurrence(), v -> bonus(r,
                new BonusRule(r.code(), r.name(), v, r.cap())))).setHeader(getTranslation("scheme.pointsEach"));
        bonuses.addComponentColumn(r -> number("bonus-cap-" + r.code(), r.cap(), v -> bonus(r,
                new BonusRule(r.code(), r.name(), r.pointsPerOccurrence(), v)))).setHeader(getTranslation("scheme.cap"));
        bonuses.setAllRowsVisible(true);

        deductions.addColumn(DeductionRule::code).setHeader(getTranslation("field.code")).setAutoWidth(true);
        deductions.addColumn(r -> r.name() == null ? "" : r.name().zhHans()).setHeader(getTranslation("scheme.rule"));
        deductions.addComponentColumn(r -> number("deduction-min-" + r.code(), r.minPoints(), v -> deduction(r,
                new DeductionRule(r.code(), r.name(), v, r.maxPoints(), r.cap())))).setHeader(getTranslation("scheme.min"));
        deductions.addComponentColumn(r -> number("deduction-max-" + r.code(), r.maxPoints(), v -> deduction(r,
                new DeductionRule(r.code(), r.name(), r.minPoints(), v, r.cap())))).setHeader(getTranslation("scheme.max"));
        deductions.addComponentColumn(r -> number("deduction-cap-" + r.code(), r.cap(), v -> deduction(r,
                new DeductionRule(r.code(), r.name(), r.minPoints(), r.maxPoints(), v)))).setHeader(getTranslation("scheme.cap"));
        deductions.setAllRowsVisible(true);

        vetoes.addColumn(VetoRule::code).setHeader(getTranslation("field.code")).setAutoWidth(true);
        vetoes.addColumn(VetoRule::description).setHeader(getTranslation("scheme.rule")).setFlexGrow(3);
        vetoes.addColumn(v -> v.forcedGrade().name()).setHeader(getTranslation("scheme.forcedGrade"));
        vetoes.setAllRowsVisible(true);

        conditions.addColumn(GradeCondition::code).setHeader(getTranslation("field.code")).setAutoWidth(true);
        conditions.addColumn(GradeCondition::description).setHeader(getTranslation("scheme.rule")).setFlexGrow(3);
        conditions.addColumn(c -> c.metric() + " " + c.comparison() + " " + c.threshold().toPlainString())
                .setHeader(getTranslation("scheme.condition"));
        conditions.addColumn(c -> c.forcedGrade().name()).setHeader(getTranslation("scheme.forcedGrade"));
        conditions.setAllRowsVisible(true);

        add(new H4(getTranslation("scheme.bands")), bands, new H4(getTranslation("scheme.components")), weights, caps,
                new H4(getTranslation("scheme.bonuses")), bonuses, new H4(getTranslation("scheme.deductions")), deductions,
                new H4(getTranslation("scheme.vetoes")), vetoes, new H4(getTranslation("scheme.conditions")), conditions);
    }

    void show(SchemeDefinition definition) {
        this.definition = definition;
        bands.setItems(definition.gradeBands());
        weights.setItems(definition.components());
        weights.getColumns().get(3).setVisible(definition.combination() == Combination.WEIGHTED_SUM);
        bonuses.setItems(definition.bonusRules());
        deductions.setItems(definition.deductionRules());
        vetoes.setItems(definition.vetoRules());
        conditions.setItems(definition.gradeConditions());
        caps.setText(getTranslation("scheme.caps", plain(definition.bonusCap()), plain(definition.deductionCap()),
                plain(definition.totalCap()), definition.tieBreak().name(), plain(definition.performanceWeight()),
                getTranslation("scheme.combination." + definition.combination().name())));
    }

    private void band(GradeBand old, GradeBand changed) {
        int index = definition.gradeBands().indexOf(old);
        onEdit.accept(d -> DefinitionEdits.withBand(d, index, changed));
    }

    private void bonus(BonusRule old, BonusRule changed) {
        int index = definition.bonusRules().indexOf(old);
        onEdit.accept(d -> DefinitionEdits.withBonusRule(d, index, changed));
    }

    private void deduction(DeductionRule old, DeductionRule changed) {
        int index = definition.deductionRules().indexOf(old);
        onEdit.accept(d -> DefinitionEdits.withDeductionRule(d, index, changed));
    }

    private BigDecimalField number(String id, BigDecimal value, Consumer<BigDecimal> change) {
        BigDecimalField field = new BigDecimalField();
        field.setId(id);
        field.setValue(value);
        field.setReadOnly(!editable);
        field.setWidth("7em");
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change.accept(e.getValue());
            }
        });
        return field;
    }

    private TextField text(String value, Consumer<String> change) {
        TextField field = new TextField();
        field.setValue(value == null ? "" : value);
        field.setReadOnly(!editable);
        field.setWidth("7em");
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change.accept(e.getValue());
            }
        });
        return field;
    }

    private Checkbox flag(boolean value, Consumer<Boolean> change) {
        Checkbox box = new Checkbox(value);
        box.setReadOnly(!editable);
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change.accept(e.getValue());
            }
        });
        return box;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }
}
