package gongkai.survey.results;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ScoringModel} flattened into arrays for the aggregator's hot loop: points in hundredths
 * (exact longs), the satisfied flags, and, per set of answered questions, the exact coefficients.
 */
final class CompiledModel {
  private final int questionCount;
  private final int[] sectionOf;
  private final int sectionCount;
  private final Ratio[] questionWeight;
  private final Ratio[] sectionWeight;
  private final int[] answerCount;
  private final long[][] hundredths;
  private final boolean[][] satisfied; // null row for questions outside the rate
  private final long requiredMask;
  private final ConcurrentHashMap<Long, double[]> coefficients = new ConcurrentHashMap<>();

  private CompiledModel(ScoringModel model) {
    List<ScoredQuestion> questions = model.questions();
    questionCount = questions.size();
    sectionCount = model.sections().size();
    sectionOf = new int[questionCount];
    questionWeight = new Ratio[questionCount];
    sectionWeight = new Ratio[sectionCount];
    answerCount = new int[questionCount];
    hundredths = new long[questionCount][];
    satisfied = new boolean[questionCount][];
    long required = 0;
    int q = 0;
    for (int s = 0; s < sectionCount; s++) {
      Section section = model.sections().get(s);
      sectionWeight[s] = Ratio.of(section.weight());
      for (ScoredQuestion question : section.questions()) {
        sectionOf[q] = s;
        questionWeight[q] = Ratio.of(question.weight());
        answerCount[q] = question.answerCount();
        hundredths[q] = new long[answerCount[q]];
        for (int a = 0; a < answerCount[q]; a++) {
          hundredths[q][a] = question.points(a).movePointRight(2).longValueExact();
        }
        if (question instanceof ScaleQuestion sq && sq.countsForRate()) {
          satisfied[q] = new boolean[answerCount[q]];
          for (int a = 0; a < answerCount[q]; a++) satisfied[q][a] = sq.scale().isSatisfied(a);
        }
        if (question.required()) required |= 1L << q;
        q++;
      }
    }
    requiredMask = required;
  }

  static CompiledModel of(ScoringModel model) {
    return new CompiledModel(model);
  }

  int questionCount() {
    return questionCount;
  }

  long hundredths(int question, int answer) {
    return hundredths[question][answer];
  }

  /** Null when the question's answers are not in the satisfaction rate. */
  boolean[] satisfiedRow(int question) {
    return satisfied[question];
  }

  long[] hundredthsRow(int question) {
    return hundredths[question];
  }

  /** Bit q set when question q is answered; rejects malformed answers (a bug upstream, not data). */
  long answeredMask(int[] answers) {
    if (answers.length != questionCount) {
      throw new IllegalArgumentException("expected " + questionCount + " answers, got " + answers.length);
    }
    long mask = 0;
    for (int q = 0; q < questionCount; q++) {
      int a = answers[q];
      if (a == ScoringModel.UNANSWERED) continue;
      if (a < 0 || a >= answerCount[q]) throw new IllegalArgumentException("answer " + a + " to question " + q);
      mask |= 1L << q;
    }
    return mask;
  }

  ResponseScore.Validity validity(long mask) {
    if ((requiredMask & ~mask) != 0) return ResponseScore.Validity.MISSING_REQUIRED_ANSWER;
    if (mask == 0) return ResponseScore.Validity.NO_SCORED_ANSWER;
    return ResponseScore.Validity.SCORED;
  }

  /**
   * The exact sum of the scores of responses that all answered exactly the questions in
   * {@code mask}, given per question the sum of their points in hundredths. The score is linear in
   * the points, so one call covers any number of responses with the same answered set.
   */
  Ratio total(long mask, long[] pointSums) {
    Ratio answeredSectionWeight = Ratio.ZERO;
    Ratio weighted = Ratio.ZERO;
    for (int s = 0; s < sectionCount; s++) {
      Ratio answeredWeight = Ratio.ZERO;
      Ratio sum = Ratio.ZERO;
      for (int q = 0; q < questionCount; q++) {
        if (sectionOf[q] != s || (mask & (1L << q)) == 0) continue;
        answeredWeight = answeredWeight.plus(questionWeight[q]);
        sum = sum.plus(questionWeight[q].times(Ratio.of(pointSums[q], 100)));
      }
      if (answeredWeight.isZero()) continue;
      answeredSectionWeight = answeredSectionWeight.plus(sectionWeight[s]);
      weighted = weighted.plus(sectionWeight[s].times(sum).dividedBy(answeredWeight));
    }
    return weighted.dividedBy(answeredSectionWeight);
  }

  /**
   * Per question, the score one hundredth of a point earns for responses with this answered set, as
   * a double: used only for the variance behind the score's confidence interval, never for the score.
   */
  double[] coefficients(long mask) {
    return coefficients.computeIfAbsent(mask, this::computeCoefficients);
  }

  private double[] computeCoefficients(long mask) {
    double[] c = new double[questionCount];
    long[] unit = new long[questionCount];
    for (int q = 0; q < questionCount; q++) {
      if ((mask & (1L << q)) == 0) continue;
      unit[q] = 1;
      c[q] = total(mask, unit).toDouble();
      unit[q] = 0;
    }
    return c;
  }
}
