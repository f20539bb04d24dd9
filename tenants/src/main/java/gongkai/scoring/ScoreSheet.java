package gongkai.scoring;

import java.util.List;

/**
 * The engine's result for one unit. Points are decimal strings with two places (e.g. {@code "90.00"}), the wire
 * form of the what-if preview; {@link #totalPoints()} and friends give them back as {@link Points}.
 *
 * @param total                   the total after the total cap
 * @param uncappedTotal           the total before the cap, used to break ties (Jinchang 2022 Art. 13)
 * @param grade                   the final grade after bands, vetoes and conditions
 * @param gradeLabel              the scheme's label of that grade (e.g. 优秀)
 * @param performanceContribution total x performance weight, or null when the scheme has no weight
 * @param components              each component's score, in scheme order
 * @param periods                 each scored period of the periodic component, in input order
 * @param explanation             ordered lines: what each component, bonus, deduction, cap, veto and condition did
 */
public record ScoreSheet(
    String total,
    String uncappedTotal,
    Grade grade,
    String gradeLabel,
    String performanceContribution,
    List<ComponentScore> components,
    List<PeriodScore> periods,
    List<ExplanationLine> explanation) {

  public ScoreSheet {
    components = components == null ? List.of() : List.copyOf(components);
    periods = periods == null ? List.of() : List.copyOf(periods);
    explanation = explanation == null ? List.of() : List.copyOf(explanation);
  }

  public Points totalPoints() {
    return Points.of(total);
  }

  public Points uncappedTotalPoints() {
    return Points.of(uncappedTotal);
  }

  /** A component's score and whether it was given directly rather than computed. */
  public record ComponentScore(String code, String score, boolean givenDirectly) {}

  /**
   * One period's score; {@code failedRule} names the period rule that graded it fail (Weibin Art. 9(2)), or null.
   */
  public record PeriodScore(String period, String score, String failedRule) {}
}
