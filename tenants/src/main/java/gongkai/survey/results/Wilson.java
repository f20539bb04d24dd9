package gongkai.survey.results;

/**
 * The Wilson score interval for a binomial proportion (Wilson 1927; method 3 of Newcombe 1998,
 * without continuity correction). Unlike the Wald interval it stays within [0, 1] and behaves at
 * 0/n and n/n, which small public surveys of small units do produce.
 */
public final class Wilson {
  /** The 0.975 quantile of the standard normal distribution, for a two-sided 95% interval. */
  public static final double Z_95 = 1.959963984540054;

  private Wilson() {}

  /** The 95% interval for {@code successes} out of {@code trials}, in percent, two decimals, half-up. */
  public static Interval interval95(long successes, long trials) {
    double[] bounds = bounds(successes, trials, Z_95);
    return new Interval(Percent.ofDouble(100 * bounds[0]), Percent.ofDouble(100 * bounds[1]));
  }

  /** The bounds as proportions, unrounded. */
  static double[] bounds(long successes, long trials, double z) {
    if (trials <= 0) throw new IllegalArgumentException("no trials");
    if (successes < 0 || successes > trials) throw new IllegalArgumentException(successes + " of " + trials);
    double n = trials;
    double p = successes / n;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denominator;
    double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    // Exact at the ends: 0/n has lower bound 0 and n/n upper bound 1 (no floating-point residue).
    double lower = successes == 0 ? 0 : Math.max(0, centre - half);
    double upper = successes == trials ? 1 : Math.min(1, centre + half);
    return new double[] {lower, upper};
  }
}
