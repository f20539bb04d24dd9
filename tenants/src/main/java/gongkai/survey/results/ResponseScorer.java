package gongkai.survey.results;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One questionnaire version's scoring compiled once, for scoring one response after another (the submission path
 * keeps one per survey).
 *
 * <p>A response's score is linear in its points once the set of answered questions is fixed, so for each such set
 * the scorer keeps the exact weight of every question over one common denominator, as {@code long}s: a response
 * then costs a few multiplications instead of fraction arithmetic on {@code BigInteger}s. The result is the same
 * double as {@link ScoringModel#spreadScore} (the same exact value, rounded the same way); where the integers would
 * overflow, the scorer falls back to the fractions.
 */
public final class ResponseScorer {
  private static final int MAX_CACHED_SETS = 4096;
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private final CompiledModel model;
  private final Map<Long, Weights> bySet = new ConcurrentHashMap<>();

  /** Per question its weight times the denominator; null multipliers: too large for longs. */
  private record Weights(long[] multipliers, long denominator) {
  }

  private ResponseScorer(CompiledModel model) {
    this.model = model;
  }

  public static ResponseScorer of(ScoringModel model) {
    return new ResponseScorer(CompiledModel.of(model));
  }

  /** As {@link ScoringModel#spreadScore}. */
  public double spreadScore(int[] answers) {
    long mask = model.answeredMask(answers);
    if (model.validity(mask) != ResponseScore.Validity.SCORED) return 0;
    Weights weights = bySet.get(mask);
    if (weights == null) {
      weights = weights(mask);
      if (bySet.size() < MAX_CACHED_SETS) bySet.put(mask, weights);
    }
    if (weights.multipliers() != null) {
      try {
        long sum = 0;
        for (int q = 0; q < answers.length; q++) {
          if ((mask & (1L << q)) != 0) {
            sum = Math.addExact(sum, Math.multiplyExact(weights.multipliers()[q], model.hundredths(q, answers[q])));
          }
        }
        return new BigDecimal(sum).divide(new BigDecimal(weights.denominator()), MathContext.DECIMAL64).doubleValue();
      } catch (ArithmeticException overflow) {
        // the exact fractions below
      }
    }
    return ScoringModel.spreadScore(model, answers);
  }

  /** Question q's exact weight is the score of points 1 (in hundredths) for q alone and 0 for the others. */
  private Weights weights(long mask) {
    int n = model.questionCount();
    Ratio[] weight = new Ratio[n];
    BigInteger denominator = BigInteger.ONE;
    for (int q = 0; q < n; q++) {
      if ((mask & (1L << q)) == 0) continue;
      long[] unit = new long[n];
      unit[q] = 1;
      weight[q] = model.total(mask, unit);
      BigInteger d = weight[q].denominator();
      denominator = denominator.divide(denominator.gcd(d)).multiply(d);
    }
    if (denominator.compareTo(LONG_MAX) > 0) return new Weights(null, 0);
    long[] multipliers = new long[n];
    for (int q = 0; q < n; q++) {
      if (weight[q] == null) continue;
      BigInteger m = weight[q].numerator().multiply(denominator.divide(weight[q].denominator()));
      if (m.abs().compareTo(LONG_MAX) > 0) return new Weights(null, 0);
      multipliers[q] = m.longValueExact();
    }
    return new Weights(multipliers, denominator.longValueExact());
  }
}
