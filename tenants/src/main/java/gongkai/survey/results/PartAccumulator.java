package gongkai.survey.results;

import java.util.HashMap;
import java.util.Map;

/**
 * Running sums for one part of one unit; retains no response. Exact: per set of answered questions,
 * the sum of points per question in hundredths (a long never overflows: 10^4 x 9.2 x 10^14 responses).
 * Statistical: count, mean and M2 of the scores in double (Welford/Chan), for the interval only.
 * Not thread-safe: one per thread, then {@link #merge}.
 */
final class PartAccumulator {
  private final CompiledModel model;
  private final boolean excludeFlagged;
  private final Map<Long, long[]> pointSumsByAnsweredSet = new HashMap<>();
  private long lastMask; // 0 is never a scored response's mask
  private long[] lastSums;

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

  void accept(int[] answers, long mask, boolean valid, boolean isFlagged) {
    total++;
    if (isFlagged) {
      flagged++;
      if (excludeFlagged) {
        excludedFlagged++;
        return;
      }
    }
    if (!valid) {
      excludedInvalid++;
      return;
    }
    long[] sums;
    if (mask == lastMask) {
      sums = lastSums;
    } else {
      sums = pointSumsByAnsweredSet.computeIfAbsent(mask, m -> new long[model.questionCount()]);
      lastMask = mask;
      lastSums = sums;
    }
    double[] coefficients = model.coefficients(mask);
    double score = 0;
    for (int q = 0; q < answers.length; q++) {
      int a = answers[q];
      if (a == ScoringModel.UNANSWERED) continue;
      long points = model.hundredthsRow(q)[a];
      sums[q] += points;
      score += coefficients[q] * points;
      boolean[] satisfied = model.satisfiedRow(q);
      if (satisfied != null) {
        rateAnswers++;
        if (satisfied[a]) rateSatisfied++;
      }
    }
    counted++;
    double delta = score - mean;
    mean += delta / counted;
    m2 += delta * (score - mean);
  }

  void merge(PartAccumulator o) {
    for (var e : o.pointSumsByAnsweredSet.entrySet()) {
      long[] sums = pointSumsByAnsweredSet.computeIfAbsent(e.getKey(), m -> new long[model.questionCount()]);
      long[] other = e.getValue();
      for (int q = 0; q < sums.length; q++) sums[q] += other[q];
    }
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
    for (var e : pointSumsByAnsweredSet.entrySet()) sum = sum.plus(model.total(e.getKey(), e.getValue()));
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
