package gongkai.survey.results;

import java.util.Arrays;

/**
 * Running sums for one part of one unit; retains no response. Exact: per slot (sections answered,
 * section, questions answered in it) the sum of weight x points as integers; Math.addExact throws
 * rather than wrap (it cannot within the bounds {@link CompiledModel} checks, up to 10^7 responses).
 * Statistical: count, mean and M2 of the scores in double (Welford/Chan), for the interval only.
 * Not thread-safe: one per thread, then {@link #merge}.
 */
final class PartAccumulator {
  private final CompiledModel model;
  private final boolean excludeFlagged;
  /** Exact sums of omega x hundredths, per slot of the model (see {@link CompiledModel#slotFactor}). */
  private long[] sums = new long[16];

  long total;
  long counted;
  long excludedInvalid;
  long excludedFlagged;
  long flagged;
  long rateAnswers;
  long rateSatisfied;
  double mean;
  double m2;

  PartAccumulator(CompiledModel model, boolean excludeFlagged) {
    this.model = model;
    this.excludeFlagged = excludeFlagged;
  }

  /** Counts a response that is not scored: flagged (in the figure excluding flagged) or invalid. */
  boolean skips(boolean valid, boolean isFlagged) {
    return skips(valid, isFlagged, 1);
  }

  /** As {@link #skips(boolean, boolean)} for {@code n} alike responses. */
  boolean skips(boolean valid, boolean isFlagged, long n) {
    total += n;
    if (isFlagged) {
      flagged += n;
      if (excludeFlagged) {
        excludedFlagged += n;
        return true;
      }
    }
    if (!valid) {
      excludedInvalid += n;
      return true;
    }
    return false;
  }

  /**
   * Adds {@code n} scored responses with one answered set from their totals: per question and answer
   * the number of responses giving it; the scores' sum and sum of squares (double) for the spread.
   */
  void addTotals(CompiledModel.AnsweredSet set, long[][] answerCounts, long n, double scoreSum, double scoreSquares,
      long rateAnswered, long rateSatisfiedCount) {
    if (sums.length < model.slotCount()) sums = Arrays.copyOf(sums, Math.max(2 * sums.length, model.slotCount()));
    int[] slotOf = set.slotOf();
    for (int q = 0; q < answerCounts.length; q++) {
      long[] weightedRow = model.weightedRow(q);
      long[] counts = answerCounts[q];
      for (int a = 0; a < counts.length; a++) {
        if (counts[a] == 0) continue;
        sums[slotOf[q]] = Math.addExact(sums[slotOf[q]], Math.multiplyExact(weightedRow[a], counts[a]));
      }
    }
    rateAnswers += rateAnswered;
    rateSatisfied += rateSatisfiedCount;
    double groupMean = scoreSum / n;
    double groupM2 = Math.max(0, scoreSquares - scoreSum * groupMean);
    long combined = counted + n;
    double delta = groupMean - mean;
    mean += delta * n / combined;
    m2 += groupM2 + delta * delta * ((double) counted * n / combined);
    counted = combined;
  }

  /**
   * Adds a scored response, after {@link #skips} said no. The caller computed once, for both figures,
   * the answered set, the response's score as a double and its rate answers.
   */
  void add(int[] answers, CompiledModel.AnsweredSet set, double score, int rateAnswered, int rateSatisfiedCount) {
    if (sums.length < model.slotCount()) sums = Arrays.copyOf(sums, Math.max(2 * sums.length, model.slotCount()));
    int[] slotOf = set.slotOf();
    for (int q = 0; q < answers.length; q++) {
      int a = answers[q];
      if (a == ScoringModel.UNANSWERED) continue;
      int slot = slotOf[q];
      sums[slot] = Math.addExact(sums[slot], model.weightedRow(q)[a]);
    }
    rateAnswers += rateAnswered;
    rateSatisfied += rateSatisfiedCount;
    counted++;
    double delta = score - mean;
    mean += delta / counted;
    m2 += delta * (score - mean);
  }

  void merge(PartAccumulator o) {
    if (sums.length < o.sums.length) sums = Arrays.copyOf(sums, o.sums.length);
    for (int slot = 0; slot < o.sums.length; slot++) sums[slot] = Math.addExact(sums[slot], o.sums[slot]);
    if (o.counted > 0) {
      long n = counted + o.counted;
      double delta = o.mean - mean;
      mean += delta * o.counted / n;
      m2 += o.m2 + delta * delta * ((double) counted * o.counted / n);
    }
    total += o.total;
    counted += o.counted;
    excludedInvalid += o.excludedInvalid;
    excludedFlagged += o.excludedFlagged;
    flagged += o.flagged;
    rateAnswers += o.rateAnswers;
    rateSatisfied += o.rateSatisfied;
  }

  /** The exact sum of the counted responses' scores. */
  Ratio exactScoreSum() {
    Ratio sum = Ratio.ZERO;
    for (int slot = 0; slot < sums.length; slot++) {
      if (sums[slot] != 0) sum = sum.plus(model.slotFactor(slot).times(Ratio.of(sums[slot], 1)));
    }
    return sum;
  }

  /** Sample variance of the scores; NaN below two responses. */
  double variance() {
    return counted < 2 ? Double.NaN : m2 / (counted - 1);
  }

  ResponseCounts counts() {
    return new ResponseCounts(total, counted, excludedInvalid, excludedFlagged, flagged);
  }
}
