package gongkai.cycle;

import java.math.BigDecimal;

/**
 * An assessor's score for one leaf indicator of one unit, with the comment that explains a score below the maximum.
 * Checked against the scheme by {@link AssessorScores}.
 */
public record AssessorScore(BigDecimal points, String comment) {

  public static AssessorScore of(String points, String comment) {
    return new AssessorScore(new BigDecimal(points), comment);
  }

  public static AssessorScore full(String points) {
    return new AssessorScore(new BigDecimal(points), null);
  }
}
