package gongkai.survey.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Intraclass correlations of Shrout and Fleiss (1979) from a two-way table: one row per target
 * (assessed unit), one column per judge (panel member). ICC(1,*) treats judges as interchangeable per
 * target, ICC(2,*) as a random sample of judges (absolute agreement), ICC(3,*) as the fixed panel
 * (consistency); "1" is the reliability of a single judge, "k" of the mean of the k judges.
 *
 * <p>The ANOVA needs complete rows: targets with a missing rating ({@link Double#NaN}) are left out
 * (Krippendorff's alpha is the measure that uses incomplete data).
 */
public final class IntraclassCorrelation {
  public enum Form {
    ICC_1_1,
    ICC_2_1,
    ICC_3_1,
    ICC_1_K,
    ICC_2_K,
    ICC_3_K
  }

  /** Four decimals, half-even, at the boundary. */
  public static final int SCALE = 4;

  private IntraclassCorrelation() {}

  /** Empty when fewer than two complete targets or two judges remain, or the table has no variance. */
  public static Optional<BigDecimal> icc(double[][] targetsByJudges, Form form) {
    double icc = value(targetsByJudges, form);
    if (Double.isNaN(icc) || Double.isInfinite(icc)) return Optional.empty();
    return Optional.of(BigDecimal.valueOf(icc).setScale(SCALE, RoundingMode.HALF_EVEN));
  }

  static double value(double[][] targetsByJudges, Form form) {
    List<double[]> rows = new ArrayList<>();
    for (double[] row : targetsByJudges) {
      boolean complete = true;
      for (double x : row) complete &= !Double.isNaN(x);
      if (complete) rows.add(row);
    }
    int n = rows.size();
    if (n < 2) return Double.NaN;
    int k = rows.get(0).length;
    if (k < 2) return Double.NaN;
    for (double[] row : rows) if (row.length != k) throw new IllegalArgumentException("ragged table");

    double grand = 0;
    double[] rowMean = new double[n];
    double[] colMean = new double[k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        double x = rows.get(i)[j];
        grand += x;
        rowMean[i] += x / k;
        colMean[j] += x / n;
      }
    }
    grand /= n * k;
    double ssTotal = 0;
    for (double[] row : rows) for (double x : row) ssTotal += (x - grand) * (x - grand);
    double ssRows = 0;
    for (double m : rowMean) ssRows += k * (m - grand) * (m - grand);
    double ssCols = 0;
    for (double m : colMean) ssCols += n * (m - grand) * (m - grand);
    double ssError = ssTotal - ssRows - ssCols;

    double bms = ssRows / (n - 1);
    double wms = (ssTotal - ssRows) / (n * (k - 1.0));
    double jms = ssCols / (k - 1);
    double ems = ssError / ((n - 1.0) * (k - 1.0));
    switch (form) {
      case ICC_1_1:
        return (bms - wms) / (bms + (k - 1) * wms);
      case ICC_1_K:
        return (bms - wms) / bms;
      case ICC_2_1:
        return (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n);
      case ICC_2_K:
        return (bms - ems) / (bms + (jms - ems) / n);
      case ICC_3_1:
        return (bms - ems) / (bms + (k - 1) * ems);
      case ICC_3_K:
        return (bms - ems) / bms;
      default:
        throw new AssertionError(form);
    }
  }
}
