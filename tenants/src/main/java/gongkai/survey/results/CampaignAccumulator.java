package gongkai.survey.results;

/**
 * One pass over a campaign's responses: {@link #accept} each response once (from a database cursor,
 * a CSV stream, ...), in any order; the caller may reuse its answers array. Per unit and part it keeps
 * two sets of running sums, all responses and excluding flagged ones, and nothing per response.
 * Not thread-safe; to aggregate in parallel, give each thread its own accumulator from
 * {@link CampaignAggregator#newAccumulator()} and {@link #merge} them.
 */
public final class CampaignAccumulator {
  private final CompiledModel model;
  private final int unitCount;
  private final PartAccumulator[] all;
  private final PartAccumulator[] excludingFlagged;
  private long lastMask; // 0 is never a scored response's mask
  private CompiledModel.AnsweredSet lastSet;

  CampaignAccumulator(CompiledModel model, int unitCount) {
    this.model = model;
    this.unitCount = unitCount;
    int parts = unitCount * EvaluationMode.values().length;
    all = new PartAccumulator[parts];
    excludingFlagged = new PartAccumulator[parts];
    for (int i = 0; i < parts; i++) {
      all[i] = new PartAccumulator(model, false);
      excludingFlagged[i] = new PartAccumulator(model, true);
    }
  }

  /**
   * Adds one response.
   *
   * @param unit the unit's index in {@link CampaignAggregator#units()}
   * @param flagged whether a quality check flagged the response (see {@link QualityChecks})
   * @param answers in the order of {@link ScoringModel#questions()}
   */
  public void accept(int unit, EvaluationMode mode, boolean flagged, int[] answers) {
    if (unit < 0 || unit >= unitCount) throw new IndexOutOfBoundsException("unit " + unit);
    long mask = model.answeredMask(answers);
    boolean valid = model.validity(mask) == ResponseScore.Validity.SCORED;
    int i = index(unit, mode);
    boolean skipAll = all[i].skips(valid, flagged);
    boolean skipClean = excludingFlagged[i].skips(valid, flagged);
    if (skipAll && skipClean) return;
    CompiledModel.AnsweredSet set;
    if (mask == lastMask) {
      set = lastSet;
    } else {
      set = model.answeredSet(mask);
      lastMask = mask;
      lastSet = set;
    }
    double[] coefficient = set.coefficient();
    double score = 0;
    int rateAnswered = 0;
    int rateSatisfied = 0;
    for (int q = 0; q < answers.length; q++) {
      int a = answers[q];
      if (a == ScoringModel.UNANSWERED) continue;
      score += coefficient[q] * model.hundredthsRow(q)[a];
      boolean[] satisfied = model.satisfiedRow(q);
      if (satisfied != null) {
        rateAnswered++;
        if (satisfied[a]) rateSatisfied++;
      }
    }
    if (!skipAll) all[i].add(answers, set, score, rateAnswered, rateSatisfied);
    if (!skipClean) excludingFlagged[i].add(answers, set, score, rateAnswered, rateSatisfied);
  }

  /**
   * Adds {@code responses} responses of one unit and part that all answered exactly the questions in
   * {@code answeredMask} (bit q = question q), given only their totals, as an SQL {@code GROUP BY}
   * gives them: per question and answer how many gave it, and the sum and the sum of squares of
   * their scores (double, for the interval only; the exact score comes from the counts). The same as
   * accepting each of those responses.
   */
  public void acceptTotals(int unit, EvaluationMode mode, boolean flagged, long answeredMask, long responses,
      long[][] answerCounts, double scoreSum, double scoreSquares) {
    if (unit < 0 || unit >= unitCount) throw new IndexOutOfBoundsException("unit " + unit);
    if (responses <= 0) return;
    if (answerCounts.length != model.questionCount()) throw new IllegalArgumentException("answer counts");
    boolean valid = model.validity(answeredMask) == ResponseScore.Validity.SCORED;
    int i = index(unit, mode);
    boolean skipAll = all[i].skips(valid, flagged, responses);
    boolean skipClean = excludingFlagged[i].skips(valid, flagged, responses);
    if (skipAll && skipClean) return;
    CompiledModel.AnsweredSet set = model.answeredSet(answeredMask);
    long rateAnswered = 0;
    long rateSatisfied = 0;
    for (int q = 0; q < answerCounts.length; q++) {
      boolean[] satisfied = model.satisfiedRow(q);
      if (satisfied == null || (answeredMask & (1L << q)) == 0) continue;
      for (int a = 0; a < answerCounts[q].length; a++) {
        rateAnswered += answerCounts[q][a];
        if (satisfied[a]) rateSatisfied += answerCounts[q][a];
      }
    }
    if (!skipAll) all[i].addTotals(set, answerCounts, responses, scoreSum, scoreSquares, rateAnswered, rateSatisfied);
    if (!skipClean) {
      excludingFlagged[i].addTotals(set, answerCounts, responses, scoreSum, scoreSquares, rateAnswered, rateSatisfied);
    }
  }

  /** Adds another accumulator's responses to this one (same aggregator). */
  public void merge(CampaignAccumulator other) {
    if (other.model != model) throw new IllegalArgumentException("accumulators of different aggregators");
    for (int i = 0; i < all.length; i++) {
      all[i].merge(other.all[i]);
      excludingFlagged[i].merge(other.excludingFlagged[i]);
    }
  }

  PartAccumulator part(int unit, EvaluationMode mode, boolean withoutFlagged) {
    return (withoutFlagged ? excludingFlagged : all)[index(unit, mode)];
  }

  private static int index(int unit, EvaluationMode mode) {
    return unit * 2 + mode.ordinal();
  }
}
