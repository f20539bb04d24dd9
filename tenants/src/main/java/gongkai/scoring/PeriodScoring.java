package gongkai.scoring;

import static gongkai.scoring.ExplanationLine.Kind.COMPONENT;
import static gongkai.scoring.ExplanationLine.Kind.PERIOD;

import gongkai.scoring.LeafIndex.Leaf;
import gongkai.scoring.ScoreSheet.PeriodScore;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
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
      sum = sum.add(scorePeriod(periods.get(i), i, seen, scores, explanation).value());
    }
    BigDecimal count = BigDecimal.valueOf(periods.size());
    BigDecimal componentMax = component.maxPoints();
    Points result = componentMax.compareTo(periodMax) == 0
        ? Points.quotient(sum, count)
        : Points.quotient(sum.multiply(componentMax), count.multiply(periodMax));
    explanation.add(COMPONENT, component.code(), component.code() + ": average of " + periods.size()
        + (periods.size() == 1 ? " period" : " periods") + " (sum " + new Points(sum) + ")"
        + (componentMax.compareTo(periodMax) == 0 ? "" : ", scaled from " + new Points(periodMax) + " to "
        + new Points(componentMax)) + " = " + result,
        componentMax.compareTo(periodMax) == 0 ? "component.average" : "component.averageScaled",
        componentMax.compareTo(periodMax) == 0
            ? new Object[] {component.code(), periods.size(), new Points(sum), result}
            : new Object[] {component.code(), periods.size(), new Points(sum), new Points(periodMax),
                new Points(componentMax), result});
    return result;
  }

  private Points scorePeriod(PeriodInput input, int index, Set<String> seen, List<PeriodScore> scores,
      Explanation explanation) {
    String field = FIELD + "[" + index + "]";
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
    ScoreMap given = (ScoreMap) input.indicatorScores(); // PeriodInput always holds one
    ItemTally tally = new ItemTally(scoresField);
    for (int i = 0, n = given.count(); i < n; i++) {
      tally.add(given.code(i), given.hundredths(i), given, i);
    }
    if (tally.unknown != null) {
      throw unknownItem(scoresField, tally.unknown, id);
    }
    if (tally.found < items.inOrder().size()) {
      Leaf missing = items.inOrder().stream().filter(l -> !given.containsKey(l.code())).findFirst().orElseThrow();
      throw new InvalidScoringInputException(InputCheck.key(scoresField, missing.code()),
          "missing score of item '" + missing.code() + "' for period " + id);
    }
    Leaf belowStandard = tally.belowStandard;
    BigDecimal belowStandardScore = BigDecimal.valueOf(tally.belowStandardScore, 2);
    BigDecimal itemTotal = BigDecimal.valueOf(tally.sum, 2);
    Points itemSum = new Points(itemTotal);
    String prefix = id + " ";
    Points bonuses = adjustments.bonuses(input.bonuses(), field + ".bonuses", prefix, explanation);
    Points deductions = adjustments.deductions(input.deductions(), field + ".deductions", prefix, explanation);
    Points raw = itemSum.plus(bonuses).minus(deductions);
    Points score = raw.max(Points.ZERO);
    String text = id + ": items " + itemSum + " + bonuses " + bonuses + " - deductions " + deductions + " = "
        + raw + (raw.negative() ? ", counted as 0.00" : "");
    String failedBy = null;
    String key = raw.negative() ? "period.zero" : "period";
    Object[] args = {id, itemSum, bonuses, deductions, raw};
    if (failRule != null && belowStandard != null) {
      failedBy = failRule.code();
      text += "; graded FAIL by " + failRule.code() + ": item " + belowStandard.code() + " scored "
          + new Points(belowStandardScore) + ", below its standard " + belowStandard.standard();
      key += ".failed";
      args = new Object[] {id, itemSum, bonuses, deductions, raw, failRule.code(), belowStandard.code(),
          new Points(belowStandardScore), belowStandard.standard()};
    }
    explanation.add(PERIOD, failedBy == null ? component.code() : failedBy, text, key, args);
    scores.add(new PeriodScore(id, score.toString(), failedBy));
    return score;
  }

  /**
   * Adds up one period's item scores, in hundredths of a point. Walks the input's arrays (see {@link ScoreMap}) and
   * looks each code up in the scheme's small, cache-resident index.
   */
  private final class ItemTally {
    private final String field;
    private long sum; // hundredths; cannot overflow, the validator bounds every item's points
    private int found;
    private String unknown;
    private Leaf belowStandard;
    private long belowStandardScore;

    ItemTally(String field) {
      this.field = field;
    }

    void add(String code, long hundredths, ScoreMap scores, int i) {
      Leaf leaf = items.find(code, i);
      if (leaf == null) {
        unknown = unknown == null ? code : unknown;
        return;
      }
      found++;
      long score = hundredths >= 0 && hundredths <= leaf.maxHundredths() ? hundredths
          : InputCheck.hundredthsIn(field, code, scores.decimal(i), leaf.maxHundredths());
      sum += score;
      if (score < leaf.standardHundredths() && belowStandard == null) {
        belowStandard = leaf;
        belowStandardScore = score;
      }
    }
  }

  private InvalidScoringInputException unknownItem(String field, String code, String period) {
    String path = InputCheck.key(field, code);
    if (items.parent(code)) {
      return new InvalidScoringInputException(path, "'" + code + "' groups other items: score its leaf items");
    }
    return new InvalidScoringInputException(path, "no item '" + code + "' in the period scheme of component '"
        + component.code() + "' (period " + period + ")");
  }
}
