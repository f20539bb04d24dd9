package gongkai.survey.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Krippendorff's alpha for a reliability data matrix: one row per rater (panel member), one column
 * per unit, {@link Double#NaN} where a rater did not rate a unit. Follows Krippendorff (2011),
 * "Computing Krippendorff's Alpha-Reliability": values in units with fewer than two ratings are not
 * pairable and are left out; the coincidence matrix weighs each pair in a unit by 1/(m_u - 1).
 */
public final class KrippendorffAlpha {
  public enum Metric {
    NOMINAL,
    ORDINAL,
    INTERVAL,
    RATIO
  }

  /** Alpha is published with three decimals. */
  public static final int SCALE = 3;

  private KrippendorffAlpha() {}

  /**
   * Alpha rounded to three decimals (half-even); empty when it is undefined: fewer than two
   * pairable values, or no variation at all among them (expected disagreement zero).
   */
  public static Optional<BigDecimal> alpha(double[][] ratersByUnits, Metric metric) {
    double alpha = value(ratersByUnits, metric);
    if (Double.isNaN(alpha)) return Optional.empty();
    return Optional.of(BigDecimal.valueOf(alpha).setScale(SCALE, RoundingMode.HALF_EVEN));
  }

  /** Alpha unrounded; NaN when undefined. */
  static double value(double[][] ratersByUnits, Metric metric) {
    if (ratersByUnits.length == 0) return Double.NaN;
    int units = ratersByUnits[0].length;
    for (double[] row : ratersByUnits) {
      if (row.length != units) throw new IllegalArgumentException("ragged reliability data");
    }
    // Distinct pairable values, ascending: the rows and columns of the coincidence matrix.
    TreeMap<Double, Integer> index = new TreeMap<>();
    for (int u = 0; u < units; u++) {
      if (countPresent(ratersByUnits, u) < 2) continue;
      for (double[] row : ratersByUnits) if (!Double.isNaN(row[u])) index.putIfAbsent(row[u], 0);
    }
    double[] values = new double[index.size()];
    int i = 0;
    for (var e : index.entrySet()) {
      values[i] = e.getKey();
      e.setValue(i++);
    }
    int v = values.length;
    double[][] coincidences = new double[v][v];
    for (int u = 0; u < units; u++) {
      int m = countPresent(ratersByUnits, u);
      if (m < 2) continue;
      int[] counts = new int[v];
      for (double[] row : ratersByUnits) if (!Double.isNaN(row[u])) counts[index.get(row[u])]++;
      for (int c = 0; c < v; c++) {
        if (counts[c] == 0) continue;
        for (int k = 0; k < v; k++) {
          double pairs = c == k ? counts[c] * (counts[c] - 1.0) : counts[c] * (double) counts[k];
          coincidences[c][k] += pairs / (m - 1);
        }
      }
    }
    double[] marginals = new double[v];
    double n = 0;
    for (int c = 0; c < v; c++) {
      marginals[c] = Arrays.stream(coincidences[c]).sum();
      n += marginals[c];
    }
    if (n < 2) return Double.NaN;
    double observed = 0;
    double expected = 0;
    for (int c = 0; c < v; c++) {
      for (int k = 0; k < v; k++) {
        double d = delta2(metric, values, marginals, c, k);
        observed += coincidences[c][k] * d;
        expected += marginals[c] * marginals[k] * d;
      }
    }
    if (expected == 0) return Double.NaN;
    return 1 - (n - 1) * observed / expected;
  }

  private static int countPresent(double[][] data, int unit) {
    int m = 0;
    for (double[] row : data) if (!Double.isNaN(row[unit])) m++;
    return m;
  }

  /** The squared difference function of the metric between the c-th and k-th values. */
  private static double delta2(Metric metric, double[] values, double[] marginals, int c, int k) {
    if (c == k) return 0;
    double a = values[c];
    double b = values[k];
    switch (metric) {
      case NOMINAL:
        return 1;
      case INTERVAL:
        return (a - b) * (a - b);
      case RATIO:
        return a + b == 0 ? 0 : ((a - b) / (a + b)) * ((a - b) / (a + b));
      case ORDINAL:
        int lo = Math.min(c, k);
        int hi = Math.max(c, k);
        double sum = 0;
        for (int g = lo; g <= hi; g++) sum += marginals[g];
        double d = sum - (marginals[lo] + marginals[hi]) / 2;
        return d * d;
      default:
        throw new AssertionError(metric);
    }
  }
}
