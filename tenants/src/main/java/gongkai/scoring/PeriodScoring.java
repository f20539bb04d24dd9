package gongkai.scoring;

import static gongkai.scoring.ExplanationLine.Kind.COMPONENT;
import static gongkai.scoring.ExplanationLine.Kind.PERIOD;

import gongkai.scoring.LeafIndex.Leaf;
import gongkai.scoring.ScoreSheet.PeriodScore;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the periods of a periodic component and averages them into the component's score.
 *
 * <p>A period = its items + bonuses - deductions (each with their caps), floored at 0. The component = the sum of
 * the period scores / the number of periods, scaled from the period maximum to the component maximum, rounded
 * once (Jinchang 12345 Art. 36(3): sum of monthly scores / months assessed). Every item of every given period is
 * required: a missing item is an input error, never a silent 0.
 */
final class PeriodScoring {

  private static final String FIELD = "input.periods";

  private final Component component;
  private final PeriodScheme scheme;
  private final LeafIndex items = new LeafIndex();
  private final Adjustments adjustments;
  private final PeriodRule failRule;
  private final BigDecimal periodMax;

  PeriodScoring(Component component) {
    this.component = component;
    this.scheme = component.periodScheme();
    items.addTree(0, scheme.items());
    adjustments = new Adjustments(scheme.bonusRules(), scheme.bonusCap(), scheme.deductionRules(),
        scheme.deductionCap());
    failRule = scheme.periodRules().stream()
        .filter(r -> r.kind() == PeriodRuleKind.FAIL_IF_ANY_ITEM_BELOW_STANDARD)
        .findFirst()
        .orElse(null);
    periodMax = scheme.maxPoints();
  }

  Points score(List<PeriodInput> periods, List<PeriodScore> scores, Explanation explanation) {
    if (periods.isEmpty()) {
      throw new InvalidScoringInputException(FIELD, "component '" + component.code()
          + "' needs at least one period, or its score in componentScores");
    }
    Set<String> seen = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < periods.size(); i++) {
      PeriodScore period = scorePeriod(periods.get(i), FIELD + "[" + i + "]", seen, explanation);
      scores.add(period);
      sum = sum.add(new BigDecimal(period.score()));
    }
    BigDecimal count = BigDecimal.valueOf(periods.size());
    BigDecimal componentMax = component.maxPoints();
    Points result = componentMax.compareTo(periodMax) == 0
        ? Points.quotient(sum, count)
        : Points.quotient(sum.multiply(componentMax), count.multiply(periodMax));
    explanation.add(COMPONENT, component.code(), component.code() + ": average of " + periods.size()
        + (periods.size() == 1 ? " period" : " periods") + " (sum " + new Points(sum) + ")"
        + (componentMax.compareTo(periodMax) == 0 ? "" : ", scaled from " + new Points(periodMax) + " to "
        + new Points(componentMax)) + " = " + result);
    return result;
  }

  private PeriodScore scorePeriod(PeriodInput input, String field, Set<String> seen, Explanation explanation) {
    if (input == null) {
      throw new InvalidScoringInputException(field, "is empty");
    }
    String id = input.period();
    if (!scheme.granularity().accepts(id)) {
      throw new InvalidScoringInputException(field + ".period", "expected a period of the form "
          + scheme.granularity().form() + ", got " + (id == null ? "nothing" : "'" + id + "'"));
    }
    if (!seen.add(id)) {
      throw new InvalidScoringInputException(field + ".period", "period " + id + " is given twice");
    }
    String scoresField = field + ".indicatorScores";
    Points itemSum = Points.ZERO;
    Leaf belowStandard = null;
    Points belowStandardScore = null;
    for (Map.Entry<String, BigDecimal> entry : input.indicatorScores().entrySet()) {
      Leaf leaf = leaf(scoresField, entry.getKey(), id);
      Points score = InputCheck.score(InputCheck.key(scoresField, entry.getKey()), entry.getValue(),
          leaf.maxPoints());
      itemSum = itemSum.plus(score);
      if (belowStandard == null && leaf.standard() != null && score.below(leaf.standard())) {
        belowStandard = leaf;
        belowStandardScore = score;
      }
    }
    if (input.indicatorScores().size() != items.inOrder().size()) {
      Leaf missing = items.inOrder().stream()
          .filter(l -> !input.indicatorScores().containsKey(l.code())).findFirst().orElseThrow();
      throw new InvalidScoringInputException(InputCheck.key(scoresField, missing.code()),
          "missing score of item '" + missing.code() + "' for period " + id);
    }
    String prefix = id + " ";
    Points bonuses = adjustments.bonuses(input.bonuses(), field + ".bonuses", prefix, explanation);
    Points deductions = adjustments.deductions(input.deductions(), field + ".deductions", prefix, explanation);
    Points raw = itemSum.plus(bonuses).minus(deductions);
    Points score = raw.max(Points.ZERO);
    String text = id + ": items " + itemSum + " + bonuses " + bonuses + " - deductions " + deductions + " = "
        + raw + (raw.negative() ? ", counted as 0.00" : "");
    String failedBy = null;
    if (failRule != null && belowStandard != null) {
      failedBy = failRule.code();
      text += "; graded FAIL by " + failRule.code() + ": item " + belowStandard.code() + " scored "
          + belowStandardScore + ", below its standard " + belowStandard.standard();
    }
    explanation.add(PERIOD, failedBy == null ? component.code() : failedBy, text);
    return new PeriodScore(id, score.toString(), failedBy);
  }

  private Leaf leaf(String field, String code, String period) {
    Leaf leaf = items.find(code);
    if (leaf != null) {
      return leaf;
    }
    String path = InputCheck.key(field, code);
    if (items.parent(code)) {
      throw new InvalidScoringInputException(path, "'" + code + "' groups other items: score its leaf items");
    }
    throw new InvalidScoringInputException(path, "no item '" + code + "' in the period scheme of component '"
        + component.code() + "' (period " + period + ")");
  }
}
