package gongkai.ui.scheme;

import gongkai.scoring.BonusRule;
import gongkai.scoring.Component;
import gongkai.scoring.ComponentKind;
import gongkai.scoring.DeductionRule;
import gongkai.scoring.GradeBand;
import gongkai.scoring.Indicator;
import gongkai.scoring.SchemeDefinition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The editor's changes to a scheme, as new immutable definitions. Changing a leaf's maximum recomputes its parents
 * and its component, so the running totals the editor shows always add up ("every parent's maximum is the sum of
 * its children's", issue 3).
 */
final class DefinitionEdits {

    private DefinitionEdits() {
    }

    static SchemeDefinition withLeafMax(SchemeDefinition d, String componentCode, String indicatorCode, BigDecimal max) {
        return withComponent(d, componentCode, c -> {
            List<Indicator> indicators = replaceLeaf(c.indicators(), indicatorCode, max);
            BigDecimal total = c.kind() == ComponentKind.INDICATORS ? sum(indicators) : c.maxPoints();
            return new Component(c.code(), c.name(), c.kind(), c.weight(), total, indicators, c.periodScheme());
        });
    }

    static SchemeDefinition withWeight(SchemeDefinition d, String componentCode, BigDecimal weight) {
        return withComponent(d, componentCode, c ->
                new Component(c.code(), c.name(), c.kind(), weight, c.maxPoints(), c.indicators(), c.periodScheme()));
    }

    static SchemeDefinition withBand(SchemeDefinition d, int index, GradeBand band) {
        List<GradeBand> bands = new ArrayList<>(d.gradeBands());
        bands.set(index, band);
        return copy(d, bands, d.bonusRules(), d.deductionRules(), d.components());
    }

    static SchemeDefinition withBonusRule(SchemeDefinition d, int index, BonusRule rule) {
        List<BonusRule> rules = new ArrayList<>(d.bonusRules());
        rules.set(index, rule);
        return copy(d, d.gradeBands(), rules, d.deductionRules(), d.components());
    }

    static SchemeDefinition withDeductionRule(SchemeDefinition d, int index, DeductionRule rule) {
        List<DeductionRule> rules = new ArrayList<>(d.deductionRules());
        rules.set(index, rule);
        return copy(d, d.gradeBands(), d.bonusRules(), rules, d.components());
    }

    static BigDecimal sum(List<Indicator> indicators) {
        BigDecimal total = BigDecimal.ZERO;
        for (Indicator indicator : indicators) {
            if (indicator.maxPoints() != null) {
                total = total.add(indicator.maxPoints());
            }
        }
        return total;
    }

    private static List<Indicator> replaceLeaf(List<Indicator> indicators, String code, BigDecimal max) {
        List<Indicator> result = new ArrayList<>();
        for (Indicator i : indicators) {
            if (i.children().isEmpty()) {
                result.add(i.code().equals(code)
                        ? new Indicator(i.code(), i.name(), i.criteria(), max, i.standardPoints(), i.pointsEditable(), i.children())
                        : i);
            } else {
                List<Indicator> children = replaceLeaf(i.children(), code, max);
                result.add(new Indicator(i.code(), i.name(), i.criteria(), sum(children), i.standardPoints(),
                        i.pointsEditable(), children));
            }
        }
        return result;
    }

    private static SchemeDefinition withComponent(SchemeDefinition d, String code, UnaryOperator<Component> change) {
        List<Component> components = d.components().stream()
                .map(c -> c.code().equals(code) ? change.apply(c) : c).toList();
        return copy(d, d.gradeBands(), d.bonusRules(), d.deductionRules(), components);
    }

    private static SchemeDefinition copy(SchemeDefinition d, List<GradeBand> bands, List<BonusRule> bonuses,
                                         List<DeductionRule> deductions, List<Component> components) {
        return new SchemeDefinition(d.code(), d.name(), d.year(), d.description(), components, d.combination(),
                bonuses, d.bonusCap(), deductions, d.deductionCap(), d.totalCap(), d.tieBreak(), d.vetoRules(),
                bands, d.gradeConditions(), d.performanceWeight());
    }
}
