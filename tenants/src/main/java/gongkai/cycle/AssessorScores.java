package gongkai.cycle;

import gongkai.scoring.SchemeDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks an assessor's indicator scores against the scoring sheet. A score is exact points with at most two
 * decimals, within 0 and the indicator's maximum; below the maximum a comment is required (issue 4: the assessor
 * says why points were withheld, which is what a unit contests in the review). Fields are named
 * {@code scores.<indicator>} and {@code scores.<indicator>.comment}.
 */
public final class AssessorScores {

  /** The longest comment accepted. */
  public static final int MAX_COMMENT = 2000;

  private AssessorScores() {}

  /**
   * Every problem with {@code scores}, those of known indicators in scheme order first, then unknown codes; empty
   * when they are fine. Scores may be partial (an assessor saves as they go): see {@link #missing}.
   */
  public static List<FieldProblem> check(SchemeDefinition scheme, Map<String, AssessorScore> scores) {
    ScoringSheet sheet = ScoringSheet.of(scheme);
    List<FieldProblem> problems = new ArrayList<>();
    sheet.leaves().forEach((code, leaf) -> {
      if (scores.containsKey(code)) {
        checkOne(code, leaf.maxPoints(), scores.get(code), problems);
      }
    });
    for (String code : scores.keySet()) {
      if (code == null || !sheet.isLeaf(code)) {
        problems.add(new FieldProblem("scores." + code, code != null && sheet.isParent(code)
            ? code + " is not a leaf indicator: score its sub-indicators"
            : "there is no indicator " + code + " on the scoring sheet"));
      }
    }
    return problems;
  }

  /** Throws the 400 of the first problem {@link #check} finds. */
  public static void validate(SchemeDefinition scheme, Map<String, AssessorScore> scores) {
    List<FieldProblem> problems = check(scheme, scores);
    if (!problems.isEmpty()) {
      throw problems.get(0).toException();
    }
  }

  /** The leaf indicators of the scoring sheet that {@code scores} does not score yet, in scheme order. */
  public static List<String> missing(SchemeDefinition scheme, Map<String, ?> scores) {
    return ScoringSheet.of(scheme).leaves().keySet().stream().filter(code -> !scores.containsKey(code)).toList();
  }

  private static void checkOne(String code, BigDecimal max, AssessorScore score, List<FieldProblem> problems) {
    String field = "scores." + code;
    if (score == null || score.points() == null) {
      problems.add(new FieldProblem(field, field + " is required"));
      return;
    }
    if (!pointsFit(field, score.points(), max, problems)) {
      return;
    }
    String comment = score.comment() == null ? "" : score.comment().strip();
    if (score.points().compareTo(max) < 0 && comment.isEmpty()) {
      problems.add(new FieldProblem(field + ".comment", "a comment is required: " + code + " scored "
          + score.points().toPlainString() + " of " + max.toPlainString()));
    } else if (comment.length() > MAX_COMMENT) {
      problems.add(new FieldProblem(field + ".comment", field + ".comment must be at most " + MAX_COMMENT
          + " characters"));
    }
  }

  /** Whether {@code points} are exact to two decimals and within 0..max; adds the problem if not. */
  static boolean pointsFit(String field, BigDecimal points, BigDecimal max, List<FieldProblem> problems) {
    if (points.stripTrailingZeros().scale() > 2) {
      problems.add(new FieldProblem(field, field + " has more than two decimals: " + points.toPlainString()));
      return false;
    }
    if (points.signum() < 0 || points.compareTo(max) > 0) {
      problems.add(new FieldProblem(field, field + " must be within 0.." + max.toPlainString() + ", not "
          + points.toPlainString()));
      return false;
    }
    return true;
  }
}
