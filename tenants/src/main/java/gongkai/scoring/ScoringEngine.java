package gongkai.scoring;

import static gongkai.scoring.ExplanationLine.Kind.CAP;
import static gongkai.scoring.ExplanationLine.Kind.COMBINATION;
import static gongkai.scoring.ExplanationLine.Kind.PERFORMANCE;
import static gongkai.scoring.ExplanationLine.Kind.TOTAL;

import gongkai.scoring.ScoreSheet.ComponentScore;
import gongkai.scoring.ScoreSheet.PeriodScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The scoring engine: a pure function of (scheme, input) to a {@link ScoreSheet}. No state between calls, no I/O;
 * an instance holds only lookups built from one validated scheme, so it may be shared between threads.
 *
 * <p>The order of the rules: components (given directly or computed) -> combination (weighted or plain sum,
 * rounded once) -> bonuses (per-rule caps, then the overall cap) -> deductions (likewise) -> the uncapped total,
 * floored at 0 -> the total cap -> the grade band -> vetoes -> grade conditions -> the performance contribution.
 *
 * <p>Missing scores are input errors, not zeros (see {@link ComponentScoring}); any input that does not fit the
 * scheme throws {@link InvalidScoringInputException} naming the field.
 */
public final class ScoringEngine {

  private final SchemeDefinition scheme;
  private final ComponentScoring components;
  private final Adjustments adjustments;
  private final Grading grading;
  private final Points totalCap;

  private ScoringEngine(SchemeDefinition scheme) {
    this.scheme = scheme;
    components = new ComponentScoring(scheme.components());
    adjustments = new Adjustments(scheme.bonusRules(), scheme.bonusCap(), scheme.deductionRules(),
        scheme.deductionCap());
    grading = new Grading(scheme);
    totalCap = scheme.totalCap() == null ? null : new Points(scheme.totalCap());
  }

  /**
   * Validates the scheme once and prepares it for scoring many units.
   *
   * @throws InvalidSchemeException with every problem {@link SchemeValidator} found
   */
  public static ScoringEngine of(SchemeDefinition scheme) {
    List<SchemeProblem> problems = SchemeValidator.validate(scheme);
    if (!problems.isEmpty()) {
      throw new InvalidSchemeException(problems);
    }
    return new ScoringEngine(scheme);
  }

  /** Scores one unit under a scheme; for many units prefer {@link #of} once and {@link #score(ScoringInput)}. */
  public static ScoreSheet score(SchemeDefinition scheme, ScoringInput input) {
    return of(scheme).score(input);
  }

  public SchemeDefinition scheme() {
    return scheme;
  }

  /**
   * @throws InvalidScoringInputException if the input does not fit the scheme
   */
  public ScoreSheet score(ScoringInput input) {
    if (input == null) {
      throw new InvalidScoringInputException("input", "is required");
    }
    grading.checkInput(input);
    Explanation explanation = new Explanation();
    List<ComponentScore> componentScores = new ArrayList<>(scheme.components().size());
    List<PeriodScore> periodScores = new ArrayList<>(input.periods().size());
    Points[] scores = components.score(input, componentScores, periodScores, explanation);
    Points combined = combine(scores, explanation);
    Points bonuses = adjustments.bonuses(input.bonuses(), "input.bonuses", "", explanation);
    Points deductions = adjustments.deductions(input.deductions(), "input.deductions", "", explanation);
    Points uncapped = uncappedTotal(combined, bonuses, deductions, explanation);
    Points total = cap(uncapped, explanation);
    Grade grade = grading.grade(total, input, explanation);
    String contribution = contribution(total, explanation);
    return new ScoreSheet(total.toString(), uncapped.toString(), grade, grading.label(grade), contribution,
        componentScores, periodScores, explanation.lines());
  }

  private Points combine(Points[] scores, Explanation explanation) {
    List<Component> list = scheme.components();
    boolean weighted = scheme.combination() == Combination.WEIGHTED_SUM;
    BigDecimal exact = BigDecimal.ZERO;
    StringBuilder terms = new StringBuilder();
    List<String> args = new java.util.ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      BigDecimal weight = list.get(i).weight();
      exact = exact.add(weighted ? scores[i].value().multiply(weight) : scores[i].value());
      terms.append(i == 0 ? "" : " + ").append(list.get(i).code()).append(' ').append(scores[i]);
      if (weighted) {
        terms.append(" x ").append(weight.toPlainString());
      }
      args.add(list.get(i).code() + " " + scores[i] + (weighted ? " × " + weight.toPlainString() : ""));
    }
    Points combined = Points.rounded(exact);
    explanation.add(COMBINATION, scheme.combination().name(), (weighted ? "weighted sum: " : "sum: ")
        + terms + " = " + combined, weighted ? "combination.weighted" : "combination.sum",
        String.join(" + ", args), combined);
    return combined;
  }

  private static Points uncappedTotal(Points combined, Points bonuses, Points deductions, Explanation explanation) {
    Points raw = combined.plus(bonuses).minus(deductions);
    Points uncapped = raw.max(Points.ZERO);
    explanation.add(TOTAL, "uncappedTotal", "uncapped total: " + combined + " + bonuses " + bonuses
        + " - deductions " + deductions + " = " + raw + (raw.negative() ? ", counted as 0.00" : ""),
        raw.negative() ? "total.uncappedZero" : "total.uncapped", combined, bonuses, deductions, raw);
    return uncapped;
  }

  private Points cap(Points uncapped, Explanation explanation) {
    if (totalCap != null && uncapped.exceeds(totalCap)) {
      explanation.add(CAP, "totalCap", "total " + uncapped + " capped at " + totalCap
          + (scheme.tieBreak() == TieBreak.UNCAPPED_TOTAL_DESC ? "; ranks ahead of equal totals by " + uncapped
          : ""), scheme.tieBreak() == TieBreak.UNCAPPED_TOTAL_DESC ? "cap.totalTieBreak" : "cap.total", uncapped,
          totalCap);
      return totalCap;
    }
    return uncapped;
  }

  private String contribution(Points total, Explanation explanation) {
    BigDecimal weight = scheme.performanceWeight();
    if (weight == null) {
      return null;
    }
    Points contribution = Points.rounded(total.value().multiply(weight));
    explanation.add(PERFORMANCE, "performanceWeight", "performance contribution: " + total + " x "
        + weight.toPlainString() + " = " + contribution, "performance", total, weight.toPlainString(), contribution);
    return contribution.toString();
  }
}
