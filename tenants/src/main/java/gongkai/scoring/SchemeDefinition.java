package gongkai.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One assessment scheme (考核方案) as data: everything the engine needs to turn a unit's scores and events into a
 * total, a grade and an explanation. A snapshot: the engine never changes it. Check it with
 * {@link SchemeValidator} before use ({@link ScoringEngine#of} does).
 *
 * @param code               the scheme's (or template's) code
 * @param year               the assessment year; null for a template the seed gives no year
 * @param description        free text, e.g. where a template chose a number the seed leaves to the yearly plan
 * @param bonusCap           cap on all bonuses together (Jinchang 2022 Art. 13: 10), null for none
 * @param deductionCap       cap on all deductions together, null for none
 * @param totalCap           the total counts at most this (Jinchang 2022 Art. 13: 100), null for none
 * @param tieBreak           how equal totals are ordered, see {@link Ranking}
 * @param gradeBands         covering 0 up to the total cap (or the highest possible total) without gap or overlap
 * @param performanceWeight  share in the annual performance assessment (Zhoukou Art. 34, Weibin Art. 11: 0.04),
 *                           null when the scheme gives none
 */
public record SchemeDefinition(
    String code,
    LocalizedText name,
    Integer year,
    String description,
    List<Component> components,
    Combination combination,
    List<BonusRule> bonusRules,
    BigDecimal bonusCap,
    List<DeductionRule> deductionRules,
    BigDecimal deductionCap,
    BigDecimal totalCap,
    TieBreak tieBreak,
    List<VetoRule> vetoRules,
    List<GradeBand> gradeBands,
    List<GradeCondition> gradeConditions,
    BigDecimal performanceWeight) {

  public SchemeDefinition {
    components = components == null ? List.of() : List.copyOf(components);
    bonusRules = bonusRules == null ? List.of() : List.copyOf(bonusRules);
    deductionRules = deductionRules == null ? List.of() : List.copyOf(deductionRules);
    tieBreak = tieBreak == null ? TieBreak.NONE : tieBreak;
    vetoRules = vetoRules == null ? List.of() : List.copyOf(vetoRules);
    gradeBands = gradeBands == null ? List.of() : List.copyOf(gradeBands);
    gradeConditions = gradeConditions == null ? List.of() : List.copyOf(gradeConditions);
  }

  /**
   * The highest total before the total cap: the combined components' maximum plus the most bonuses can add; null
   * when bonuses are unbounded.
   */
  public BigDecimal highestUncappedTotal() {
    BigDecimal combined = BigDecimal.ZERO;
    for (Component component : components) {
      if (component.maxPoints() == null) {
        return null;
      }
      BigDecimal weight = combination == Combination.WEIGHTED_SUM && component.weight() != null
          ? component.weight()
          : BigDecimal.ONE;
      combined = combined.add(component.maxPoints().multiply(weight));
    }
    BigDecimal bonuses = BonusRule.ceiling(bonusRules, bonusCap);
    return bonuses == null ? null : combined.add(bonuses);
  }

  /** The highest total after the cap; null when unbounded. */
  public BigDecimal highestTotal() {
    BigDecimal uncapped = highestUncappedTotal();
    if (totalCap == null) {
      return uncapped;
    }
    return uncapped == null ? totalCap : uncapped.min(totalCap);
  }
}
