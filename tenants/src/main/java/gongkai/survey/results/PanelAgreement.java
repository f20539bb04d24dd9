package gongkai.survey.results;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How far a representative panel agrees, over the units of a campaign: each member's score (0-100)
 * for each unit, {@link Double#NaN} where a member did not score a unit. Alpha uses every pairable
 * score; the ICCs use only the units every member scored. Each is empty where undefined.
 *
 * @param alphaInterval Krippendorff's alpha, interval metric (scores are points)
 * @param alphaOrdinal Krippendorff's alpha, ordinal metric (only the order of scores counts)
 * @param icc21 ICC(2,1): absolute agreement of a single member, members as a random sample
 * @param icc3k ICC(3,k): consistency of the panel's mean score, this fixed panel
 */
public record PanelAgreement(
    Optional<BigDecimal> alphaInterval,
    Optional<BigDecimal> alphaOrdinal,
    Optional<BigDecimal> icc21,
    Optional<BigDecimal> icc3k) {
  public static PanelAgreement measure(double[][] membersByUnits) {
    double[][] unitsByMembers = transpose(membersByUnits);
    return new PanelAgreement(
        KrippendorffAlpha.alpha(membersByUnits, KrippendorffAlpha.Metric.INTERVAL),
        KrippendorffAlpha.alpha(membersByUnits, KrippendorffAlpha.Metric.ORDINAL),
        IntraclassCorrelation.icc(unitsByMembers, IntraclassCorrelation.Form.ICC_2_1),
        IntraclassCorrelation.icc(unitsByMembers, IntraclassCorrelation.Form.ICC_3_K));
  }

  private static double[][] transpose(double[][] m) {
    if (m.length == 0) return new double[0][];
    double[][] t = new double[m[0].length][m.length];
    for (int i = 0; i < m.length; i++) {
      if (m[i].length != t.length) throw new IllegalArgumentException("ragged panel scores");
      for (int j = 0; j < t.length; j++) t[j][i] = m[i][j];
    }
    return t;
  }
}
