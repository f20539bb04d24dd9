package gongkai.scoring;

import static gongkai.scoring.IndicatorTreeCheck.plain;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a scheme definition and returns every problem, each with its path: weights of a weighted sum add up to
 * 1, sums of points match, grade bands cover 0..cap with no gap or overlap, codes are unique, ranges are sane and
 * references (forced grades, period rules) resolve. An empty list means the engine can use the scheme.
 */
public final class SchemeValidator {

  private SchemeValidator() {}

  public static List<SchemeProblem> validate(SchemeDefinition scheme) {
    Problems problems = new Problems();
    if (scheme == null) {
      problems.add("scheme", "is required");
      return problems.list();
    }
    if (scheme.code() == null || scheme.code().isBlank()) {
      problems.add("code", "needs a code");
    }
    problems.name("name", scheme.name());
    components(scheme, problems);
    RuleCheck rules = new RuleCheck(problems);
    rules.bonuses("", scheme.bonusRules(), scheme.bonusCap());
    rules.deductions("", scheme.deductionRules(), scheme.deductionCap());
    problems.optionalPoints("totalCap", scheme.totalCap());
    Set<Grade> banded = EnumSet.noneOf(Grade.class);
    scheme.gradeBands().stream().filter(b -> b != null && b.grade() != null).forEach(b -> banded.add(b.grade()));
    vetoes(scheme.vetoRules(), banded, problems);
    conditions(scheme.gradeConditions(), banded, problems);
    if (scheme.performanceWeight() != null
        && (scheme.performanceWeight().signum() <= 0 || scheme.performanceWeight().compareTo(BigDecimal.ONE) > 0)) {
      problems.add("performanceWeight", "must be more than 0 and at most 1, is "
          + scheme.performanceWeight().toPlainString());
    }
    new GradeBandCheck(problems).check(scheme.gradeBands(), highestTotalOrNull(scheme));
    return problems.list();
  }

  private static BigDecimal highestTotalOrNull(SchemeDefinition scheme) {
    try {
      return scheme.highestTotal();
    } catch (RuntimeException broken) { // e.g. a missing weight; reported elsewhere
      return scheme.totalCap();
    }
  }

  private static void components(SchemeDefinition scheme, Problems problems) {
    List<Component> components = scheme.components();
    if (components.isEmpty()) {
      problems.add("components", "at least one component is required");
      return;
    }
    if (scheme.combination() == null) {
      problems.add("combination", "is required (WEIGHTED_SUM or PLAIN_SUM)");
    }
    Set<String> componentCodes = Problems.codes();
    IndicatorTreeCheck trees = new IndicatorTreeCheck(problems, Problems.codes());
    BigDecimal weights = BigDecimal.ZERO;
    int periodic = 0;
    for (int i = 0; i < components.size(); i++) {
      String path = "components[" + i + "]";
      Component component = components.get(i);
      if (component == null) {
        problems.add(path, "is empty");
        continue;
      }
      problems.code(path + ".code", component.code(), componentCodes, "component");
      problems.name(path + ".name", component.name());
      weights = weight(scheme.combination(), path, component, problems, weights);
      boolean maxOk = problems.points(path + ".maxPoints", component.maxPoints(), false);
      if (component.kind() == null) {
        problems.add(path + ".kind", "is required (INDICATORS, PERIODIC, SOCIAL or FIXED)");
        continue;
      }
      if (component.kind() == ComponentKind.PERIODIC) {
        periodic++;
        if (periodic == 2) {
          problems.add(path + ".kind", "a scheme has at most one periodic component");
        }
      }
      source(path, component, maxOk, trees, problems);
    }
    if (scheme.combination() == Combination.WEIGHTED_SUM && weights != null
        && weights.compareTo(BigDecimal.ONE) != 0) {
      problems.add("components", "the weights of a weighted sum must add up to 1, they add up to "
          + weights.toPlainString());
    }
  }

  private static BigDecimal weight(
      Combination combination, String path, Component component, Problems problems, BigDecimal sum) {
    BigDecimal weight = component.weight();
    if (combination == Combination.WEIGHTED_SUM) {
      if (weight == null || weight.signum() <= 0 || weight.compareTo(BigDecimal.ONE) > 0) {
        problems.add(path + ".weight", "a weighted sum needs a weight more than 0 and at most 1");
        return null;
      }
      return sum == null ? null : sum.add(weight);
    }
    if (weight != null && weight.compareTo(BigDecimal.ONE) != 0) {
      problems.add(path + ".weight", "a plain sum ignores weights: leave it empty (or 1)");
    }
    return sum;
  }

  private static void source(String path, Component component, boolean maxOk, IndicatorTreeCheck trees,
      Problems problems) {
    boolean isIndicators = component.kind() == ComponentKind.INDICATORS;
    boolean isPeriodic = component.kind() == ComponentKind.PERIODIC;
    if (isIndicators) {
      if (component.indicators().isEmpty()) {
        problems.add(path + ".indicators", "an indicators component needs at least one indicator");
      } else {
        BigDecimal sum = trees.check(path + ".indicators", component.indicators());
        if (maxOk && sum != null && sum.compareTo(component.maxPoints()) != 0) {
          problems.add(path + ".maxPoints", "is " + plain(component.maxPoints())
              + " but the level-1 indicators add up to " + plain(sum));
        }
      }
    } else if (!component.indicators().isEmpty()) {
      problems.add(path + ".indicators", "only an INDICATORS component has an indicator tree");
    }
    if (isPeriodic) {
      if (component.periodScheme() == null) {
        problems.add(path + ".periodScheme", "a periodic component needs a period scheme");
      } else {
        PeriodSchemeCheck.check(path + ".periodScheme", component.periodScheme(), problems);
      }
    } else if (component.periodScheme() != null) {
      problems.add(path + ".periodScheme", "only a PERIODIC component has a period scheme");
    }
  }

  private static void vetoes(List<VetoRule> vetoes, Set<Grade> banded, Problems problems) {
    Set<String> codes = Problems.codes();
    for (int i = 0; i < vetoes.size(); i++) {
      String path = "vetoRules[" + i + "]";
      VetoRule veto = vetoes.get(i);
      if (veto == null) {
        problems.add(path, "is empty");
        continue;
      }
      problems.code(path + ".code", veto.code(), codes, "veto rule");
      forcedGrade(path + ".forcedGrade", veto.forcedGrade(), banded, problems);
    }
  }

  private static void conditions(List<GradeCondition> conditions, Set<Grade> banded, Problems problems) {
    Set<String> codes = Problems.codes();
    for (int i = 0; i < conditions.size(); i++) {
      String path = "gradeConditions[" + i + "]";
      GradeCondition condition = conditions.get(i);
      if (condition == null) {
        problems.add(path, "is empty");
        continue;
      }
      problems.code(path + ".code", condition.code(), codes, "grade condition");
      if (condition.metric() == null) {
        problems.add(path + ".metric", "is required");
      }
      if (condition.comparison() == null) {
        problems.add(path + ".comparison", "is required");
      }
      BigDecimal threshold = condition.threshold();
      if (threshold == null || threshold.signum() < 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
        problems.add(path + ".threshold", "a rate threshold lies between 0 and 1");
      }
      forcedGrade(path + ".forcedGrade", condition.forcedGrade(), banded, problems);
    }
  }

  private static void forcedGrade(String path, Grade grade, Set<Grade> banded, Problems problems) {
    if (grade == null) {
      problems.add(path, "is required");
    } else if (!banded.contains(grade)) {
      problems.add(path, "grade " + grade + " has no grade band (and so no label)");
    }
  }
}
