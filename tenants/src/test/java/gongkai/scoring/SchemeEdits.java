package gongkai.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

/** Copies of a scheme with one part changed, for validator tests. */
final class SchemeEdits {

  private SchemeEdits() {}

  static SchemeDefinition components(SchemeDefinition s, List<Component> components) {
    return new SchemeDefinition(s.code(), s.name(), s.year(), s.description(), components, s.combination(),
        s.bonusRules(), s.bonusCap(), s.deductionRules(), s.deductionCap(), s.totalCap(), s.tieBreak(),
        s.vetoRules(), s.gradeBands(), s.gradeConditions(), s.performanceWeight());
  }

  static SchemeDefinition bands(SchemeDefinition s, List<GradeBand> bands) {
    return new SchemeDefinition(s.code(), s.name(), s.year(), s.description(), s.components(), s.combination(),
        s.bonusRules(), s.bonusCap(), s.deductionRules(), s.deductionCap(), s.totalCap(), s.tieBreak(),
        s.vetoRules(), bands, s.gradeConditions(), s.performanceWeight());
  }

  static SchemeDefinition bonuses(SchemeDefinition s, List<BonusRule> rules, BigDecimal cap) {
    return new SchemeDefinition(s.code(), s.name(), s.year(), s.description(), s.components(), s.combination(),
        rules, cap, s.deductionRules(), s.deductionCap(), s.totalCap(), s.tieBreak(),
        s.vetoRules(), s.gradeBands(), s.gradeConditions(), s.performanceWeight());
  }

  static SchemeDefinition deductions(SchemeDefinition s, List<DeductionRule> rules) {
    return new SchemeDefinition(s.code(), s.name(), s.year(), s.description(), s.components(), s.combination(),
        s.bonusRules(), s.bonusCap(), rules, s.deductionCap(), s.totalCap(), s.tieBreak(),
        s.vetoRules(), s.gradeBands(), s.gradeConditions(), s.performanceWeight());
  }

  static SchemeDefinition vetoes(SchemeDefinition s, List<VetoRule> vetoes) {
    return new SchemeDefinition(s.code(), s.name(), s.year(), s.description(), s.components(), s.combination(),
        s.bonusRules(), s.bonusCap(), s.deductionRules(), s.deductionCap(), s.totalCap(), s.tieBreak(),
        vetoes, s.gradeBands(), s.gradeConditions(), s.performanceWeight());
  }

  static SchemeDefinition totals(SchemeDefinition s, BigDecimal totalCap, BigDecimal performanceWeight) {
    return new SchemeDefinition(s.code(), s.name(), s.year(), s.description(), s.components(), s.combination(),
        s.bonusRules(), s.bonusCap(), s.deductionRules(), s.deductionCap(), totalCap, s.tieBreak(),
        s.vetoRules(), s.gradeBands(), s.gradeConditions(), performanceWeight);
  }

  static Component component(Component c, UnaryOperator<List<Indicator>> indicators) {
    return new Component(c.code(), c.name(), c.kind(), c.weight(), c.maxPoints(), indicators.apply(c.indicators()),
        c.periodScheme());
  }

  static Component weight(Component c, String weight) {
    return new Component(c.code(), c.name(), c.kind(), weight == null ? null : new BigDecimal(weight),
        c.maxPoints(), c.indicators(), c.periodScheme());
  }

  static Indicator node(String code, String max, Indicator... children) {
    return new Indicator(code, LocalizedText.zh(code), null, max == null ? null : new BigDecimal(max), null, false,
        List.of(children));
  }
}
