package gongkai.scoring;

import static gongkai.scoring.IndicatorTreeCheck.plain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Checks bonus and deduction rules with their caps, in a scheme or in a period scheme. */
final class RuleCheck {

  private final Problems problems;

  RuleCheck(Problems problems) {
    this.problems = problems;
  }

  void bonuses(String prefix, List<BonusRule> rules, BigDecimal overallCap) {
    Set<String> codes = Problems.codes();
    for (int i = 0; i < rules.size(); i++) {
      String path = prefix + "bonusRules[" + i + "]";
      BonusRule rule = rules.get(i);
      if (rule == null) {
        problems.add(path, "is empty");
        continue;
      }
      problems.code(path + ".code", rule.code(), codes, "bonus rule");
      boolean pointsOk = problems.points(path + ".pointsPerOccurrence", rule.pointsPerOccurrence(), false);
      problems.optionalPoints(path + ".cap", rule.cap());
      if (pointsOk && rule.cap() != null && rule.cap().compareTo(rule.pointsPerOccurrence()) < 0) {
        problems.add(path + ".cap", "is below one occurrence's " + plain(rule.pointsPerOccurrence()) + " points");
      }
    }
    problems.optionalPoints(prefix + "bonusCap", overallCap);
  }

  void deductions(String prefix, List<DeductionRule> rules, BigDecimal overallCap) {
    Set<String> codes = Problems.codes();
    for (int i = 0; i < rules.size(); i++) {
      String path = prefix + "deductionRules[" + i + "]";
      DeductionRule rule = rules.get(i);
      if (rule == null) {
        problems.add(path, "is empty");
        continue;
      }
      problems.code(path + ".code", rule.code(), codes, "deduction rule");
      boolean minOk = problems.points(path + ".minPoints", rule.minPoints(), true);
      boolean maxOk = problems.points(path + ".maxPoints", rule.maxPoints(), false);
      if (minOk && maxOk && rule.minPoints().compareTo(rule.maxPoints()) > 0) {
        problems.add(path + ".minPoints", "is above maxPoints " + plain(rule.maxPoints()));
      }
      problems.optionalPoints(path + ".cap", rule.cap());
    }
    problems.optionalPoints(prefix + "deductionCap", overallCap);
  }
}
