package gongkai.scoring;

import java.util.List;

/** Checks a periodic component's sub-scheme. */
final class PeriodSchemeCheck {

  private PeriodSchemeCheck() {}

  static void check(String path, PeriodScheme scheme, Problems problems) {
    if (scheme.granularity() == null) {
      problems.add(path + ".granularity", "is required (WEEK, MONTH or QUARTER)");
    }
    if (scheme.items().isEmpty()) {
      problems.add(path + ".items", "a period needs at least one item");
    } else {
      new IndicatorTreeCheck(problems, Problems.codes()).check(path + ".items", scheme.items());
    }
    RuleCheck rules = new RuleCheck(problems);
    rules.bonuses(path + ".", scheme.bonusRules(), scheme.bonusCap());
    rules.deductions(path + ".", scheme.deductionRules(), scheme.deductionCap());
    if (scheme.bonusCap() == null && scheme.bonusRules().stream().anyMatch(r -> r != null && r.cap() == null)) {
      problems.add(path + ".bonusCap", "a period's score must be bounded to be averaged and scaled: cap the bonuses");
    }
    periodRules(path, scheme, problems);
  }

  private static void periodRules(String path, PeriodScheme scheme, Problems problems) {
    var codes = Problems.codes();
    List<PeriodRule> rules = scheme.periodRules();
    for (int i = 0; i < rules.size(); i++) {
      String rulePath = path + ".periodRules[" + i + "]";
      PeriodRule rule = rules.get(i);
      if (rule == null) {
        problems.add(rulePath, "is empty");
        continue;
      }
      problems.code(rulePath + ".code", rule.code(), codes, "period rule");
      if (rule.kind() == null) {
        problems.add(rulePath + ".kind", "is required");
      } else if (rule.kind() == PeriodRuleKind.FAIL_IF_ANY_ITEM_BELOW_STANDARD && !hasStandard(scheme.items())) {
        problems.add(rulePath, "no item has standardPoints for this rule to check");
      }
    }
  }

  private static boolean hasStandard(List<Indicator> items) {
    for (Indicator item : items) {
      if (item != null && (item.standardPoints() != null || hasStandard(item.children()))) {
        return true;
      }
    }
    return false;
  }
}
