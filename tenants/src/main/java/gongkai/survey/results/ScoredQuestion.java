package gongkai.survey.results;

import java.math.BigDecimal;

/**
 * A question that earns points. Free text, single and multiple choice questions earn none and are
 * not part of the {@link ScoringModel}. An answer is an int: the option index of a scale question or
 * the 0-10 rating; {@link ScoringModel#UNANSWERED} when skipped.
 */
public sealed interface ScoredQuestion permits ScaleQuestion, RatingQuestion {
  QuestionCode code();

  /** Weight within its section; positive. Only ratios between weights matter. */
  BigDecimal weight();

  boolean required();

  /** Valid answers are 0 .. answerCount() - 1. */
  int answerCount();

  /** Points 0-100 (scale 2) earned by a valid answer. */
  BigDecimal points(int answer);

  static BigDecimal positiveWeight(BigDecimal weight, String what) {
    if (weight == null || weight.signum() <= 0) throw new IllegalArgumentException(what + " must be positive: " + weight);
    return weight;
  }
}
