package gongkai.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * How each period (week, month or quarter) of a periodic component is scored: the sum of its own items, plus
 * bonuses and minus deductions, each with their caps, floored at 0; then the period rules are applied.
 *
 * <p>The component's score is the average of the scored periods, scaled from {@link #maxPoints()} (items plus the
 * bonus cap) to the component's {@code maxPoints}, rounded once. Jinchang 12345 Art. 36: annual score = sum of
 * monthly scores / months assessed + annual indicators.
 */
public record PeriodScheme(
    Granularity granularity,
    List<Indicator> items,
    List<BonusRule> bonusRules,
    BigDecimal bonusCap,
    List<DeductionRule> deductionRules,
    BigDecimal deductionCap,
    List<PeriodRule> periodRules) {

  public PeriodScheme {
    items = items == null ? List.of() : List.copyOf(items);
    bonusRules = bonusRules == null ? List.of() : List.copyOf(bonusRules);
    deductionRules = deductionRules == null ? List.of() : List.copyOf(deductionRules);
    periodRules = periodRules == null ? List.of() : List.copyOf(periodRules);
  }

  /**
   * The highest score of one period: the items' points plus the bonus cap (or the sum of the rule caps); null when
   * that is unbounded or an item has no maximum.
   */
  public BigDecimal maxPoints() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Indicator item : items) {
      if (item.maxPoints() == null) {
        return null;
      }
      sum = sum.add(item.maxPoints());
    }
    BigDecimal bonuses = BonusRule.ceiling(bonusRules, bonusCap);
    return bonuses == null ? null : sum.add(bonuses);
  }
}
