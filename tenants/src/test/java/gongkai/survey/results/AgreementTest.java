package gongkai.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.survey.results.IntraclassCorrelation.Form;
import gongkai.survey.results.KrippendorffAlpha.Metric;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementTest {
  private static final double X = Double.NaN;

  /**
   * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: four observers,
   * twelve units, missing values; unit 12 has a single value and is not pairable.
   */
  private static final double[][] KRIPPENDORFF_2011_C = {
    {1, 2, 3, 3, 2, 1, 4, 1, 2, X, X, X},
    {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, X, 3},
    {X, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, X},
    {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, X},
  };

  @ParameterizedTest(name = "{0} alpha = {1}")
  @CsvSource({"NOMINAL, 0.743", "ORDINAL, 0.815", "INTERVAL, 0.849", "RATIO, 0.797"})
  void alpha_matches_krippendorff_2011_published_values(Metric metric, String published) {
    assertThat(KrippendorffAlpha.alpha(KRIPPENDORFF_2011_C, metric)).hasValueSatisfying(
        alpha -> assertThat(alpha).isEqualByComparingTo(published));
  }

  @Test
  void alpha_is_one_for_perfect_agreement_and_undefined_without_variation() {
    double[][] perfect = {{1, 2, 3}, {1, 2, 3}};
    double[][] constant = {{4, 4, 4}, {4, 4, X}};

    assertThat(KrippendorffAlpha.alpha(perfect, Metric.INTERVAL)).hasValueSatisfying(
        a -> assertThat(a).isEqualByComparingTo("1.000"));
    assertThat(KrippendorffAlpha.alpha(constant, Metric.INTERVAL)).isEmpty();
  }

  @Test
  void units_with_a_single_rating_do_not_change_alpha() {
    double[][] withLoneValue = {
      {1, 2, 3, 3, 2, 1, 4, 1, 2, X, X, X, 5},
      {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, X, 3, X},
      {X, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, X, X},
      {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, X, X},
    };

    assertThat(KrippendorffAlpha.value(withLoneValue, Metric.INTERVAL))
        .isEqualTo(KrippendorffAlpha.value(KRIPPENDORFF_2011_C, Metric.INTERVAL));
  }

  /** Shrout and Fleiss (1979), Psychological Bulletin 86:420-428, Table 2: six targets, four judges. */
  private static final double[][] SHROUT_FLEISS_1979 = {
    {9, 2, 5, 8},
    {6, 1, 3, 2},
    {8, 4, 6, 8},
    {7, 1, 2, 6},
    {10, 5, 6, 9},
    {6, 2, 4, 7},
  };

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "ICC_1_1, 0.17", "ICC_2_1, 0.29", "ICC_3_1, 0.71",
    "ICC_1_K, 0.44", "ICC_2_K, 0.62", "ICC_3_K, 0.91",
  })
  void icc_matches_shrout_fleiss_1979_table_4(Form form, String published) {
    assertThat(IntraclassCorrelation.icc(SHROUT_FLEISS_1979, form)).hasValueSatisfying(
        icc -> assertThat(icc.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(published));
  }

  @Test
  void icc_leaves_out_targets_with_a_missing_rating() {
    double[][] withIncompleteRow = new double[7][];
    System.arraycopy(SHROUT_FLEISS_1979, 0, withIncompleteRow, 0, 6);
    withIncompleteRow[6] = new double[] {1, X, 10, 3};

    assertThat(IntraclassCorrelation.value(withIncompleteRow, Form.ICC_2_1))
        .isEqualTo(IntraclassCorrelation.value(SHROUT_FLEISS_1979, Form.ICC_2_1));
  }

  @Test
  void panel_agreement_reads_members_by_units() {
    double[][] membersByUnits = new double[4][6];
    for (int unit = 0; unit < 6; unit++) {
      for (int member = 0; member < 4; member++) membersByUnits[member][unit] = SHROUT_FLEISS_1979[unit][member];
    }

    PanelAgreement agreement = PanelAgreement.measure(membersByUnits);

    assertThat(agreement.icc21()).hasValueSatisfying(
        icc -> assertThat(icc.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("0.29"));
    assertThat(agreement.icc3k()).hasValueSatisfying(
        icc -> assertThat(icc.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("0.91"));
    assertThat(agreement.alphaInterval()).isPresent();
    assertThat(agreement.alphaOrdinal()).isPresent();
  }
}
