package gongkai.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * Points added per occurrence (加分), e.g. Jinchang 2022 Art. 13: +2 per upper-level commendation.
 *
 * @param cap optional cap on this rule's points; the scheme (or period scheme) also caps all bonuses together
 */
public record BonusRule(String code, LocalizedText name, BigDecimal pointsPerOccurrence, BigDecimal cap) {

  /** The most all bonuses can add, or null when unbounded (no overall cap and some rule without a cap). */
  static BigDecimal ceiling(List<BonusRule> rules, BigDecimal overallCap) {
    if (overallCap != null) {
      return overallCap;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (BonusRule rule : rules) {
      if (rule.cap() == null) {
        return null;
      }
      sum = sum.add(rule.cap());
    }
    return sum;
  }
}
