package gongkai.scoring;

import static gongkai.scoring.Inputs.period;
import static gongkai.scoring.Inputs.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.scheme.template.SchemeTemplates;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Weibin 2020 Art. 8 (routine 50% + year-end 50%), Art. 9 (monthly bulletin fail rule) and Art. 11 (4%). */
class WeibinScoringTest {

  private static final ScoringEngine ENGINE = ScoringEngine.of(SchemeTemplates.find("weibin-2020").orElseThrow());

  /** Item standards in the template: 12, 15, 12, 9, 6, 6 of 20, 25, 20, 15, 10, 10. */
  private static Map<String, BigDecimal> month(String power, String info, String interp, String service,
      String reporting, String website) {
    return scores("power-operation", power, "information-disclosure", info, "interpretation-response", interp,
        "service-openness", service, "information-reporting", reporting, "website-pages", website);
  }

  private static final Map<String, BigDecimal> YEAR_END = scores("power-operation", "14",
      "information-disclosure", "18", "interpretation-response", "13", "service-openness", "14",
      "website-platform", "13.5", "organisation", "9", "other", "8.5"); // 90.00

  @ParameterizedTest(name = "routine {0} + annual {1} -> {2}")
  @CsvSource({
      "80, 90, 85.00, GOOD",
      "100, 79.99, 90.00, EXCELLENT", // 89.995 rounds half up
      "100, 79.98, 89.99, GOOD",
      "59.99, 60, 60.00, PASS", // 59.995
      "59.98, 60, 59.99, FAIL",
      "0, 100, 50.00, FAIL",
      "70.25, 85.75, 78.00, PASS",
  })
  void final_score_is_routine_half_plus_year_end_half(String routine, String annual, String total, Grade grade) {
    ScoreSheet sheet = ENGINE.score(Inputs.components("routine", routine, "annual", annual));

    assertThat(sheet.total()).isEqualTo(total);
    assertThat(sheet.grade()).isEqualTo(grade);
  }

  @Test
  void routine_is_the_average_of_the_monthly_scores_and_year_end_the_sum_of_its_areas() {
    ScoringInput input = ScoringInput.empty()
        .withIndicatorScores(YEAR_END)
        .withPeriods(List.of(
            period("2020-01", month("18", "22", "17", "13", "9", "9")), // 88
            period("2020-02", month("20", "25", "20", "15", "10", "10")), // 100
            period("2020-03", month("15", "20", "15", "12", "8", "7")))); // 77

    ScoreSheet sheet = ENGINE.score(input);

    assertThat(sheet.components()).extracting(ScoreSheet.ComponentScore::score).containsExactly("88.33", "90.00");
    assertThat(sheet.total()).isEqualTo("89.17"); // 88.33 x 0.5 + 90 x 0.5 = 89.165
    assertThat(sheet.grade()).isEqualTo(Grade.GOOD);
    assertThat(sheet.performanceContribution()).isEqualTo("3.57"); // Art. 11: 4%
    assertThat(sheet.explanation()).extracting(ExplanationLine::text).contains(
        "routine: average of 3 periods (sum 265.00) = 88.33",
        "weighted sum: routine 88.33 x 0.5 + annual 90.00 x 0.5 = 89.17");
  }

  @Test
  void a_month_with_any_item_below_its_standard_is_graded_fail() {
    ScoringInput input = ScoringInput.empty()
        .withComponentScores(Map.of("annual", new BigDecimal("90")))
        .withPeriods(List.of(
            period("2020-04", month("20", "25", "20", "15", "10", "6")), // all at or above standard
            period("2020-05", month("20", "25", "20", "15", "10", "5.5")), // website 5.5 < 6
            period("2020-06", month("11.99", "25", "20", "15", "10", "10")))); // power 11.99 < 12

    ScoreSheet sheet = ENGINE.score(input);

    assertThat(sheet.periods()).extracting(ScoreSheet.PeriodScore::period, ScoreSheet.PeriodScore::score,
        ScoreSheet.PeriodScore::failedRule).containsExactly(
        org.assertj.core.groups.Tuple.tuple("2020-04", "96.00", null),
        org.assertj.core.groups.Tuple.tuple("2020-05", "95.50", "monthly-bulletin-fail"),
        org.assertj.core.groups.Tuple.tuple("2020-06", "91.99", "monthly-bulletin-fail"));
    assertThat(sheet.explanation()).extracting(ExplanationLine::text).contains(
        "2020-05: items 95.50 + bonuses 0.00 - deductions 0.00 = 95.50; graded FAIL by monthly-bulletin-fail: "
            + "item website-pages scored 5.50, below its standard 6.00");
    // the failed month is reported; the routine score is still the average of the months
    assertThat(sheet.components().get(0).score()).isEqualTo("94.50");
  }

  @Test
  void a_serious_violation_vetoes_the_year() {
    ScoreSheet sheet = ENGINE.score(Inputs.components("routine", "95", "annual", "95")
        .withVetoes(List.of("serious-violation")));

    assertThat(sheet.total()).isEqualTo("95.00");
    assertThat(sheet.grade()).isEqualTo(Grade.FAIL);
  }

  @Test
  void a_month_missing_an_item_is_refused_with_its_path() {
    Map<String, BigDecimal> incomplete = month("20", "25", "20", "15", "10", "10");
    incomplete.remove("service-openness");
    ScoringInput input = ScoringInput.empty().withIndicatorScores(YEAR_END)
        .withPeriods(List.of(period("2020-01", month("20", "25", "20", "15", "10", "10")),
            period("2020-02", incomplete)));

    assertThatThrownBy(() -> ENGINE.score(input))
        .isInstanceOfSatisfying(InvalidScoringInputException.class,
            e -> assertThat(e.field()).isEqualTo("input.periods[1].indicatorScores.service-openness"));
  }

  @ParameterizedTest(name = "period id {0} is refused")
  @CsvSource({"2020-13", "2020-1", "2020-Q1", "2020-W01", "'20-01'"})
  void period_ids_must_be_months(String id) {
    ScoringInput input = ScoringInput.empty().withIndicatorScores(YEAR_END)
        .withPeriods(List.of(period(id, month("20", "25", "20", "15", "10", "10"))));

    assertThatThrownBy(() -> ENGINE.score(input))
        .isInstanceOfSatisfying(InvalidScoringInputException.class,
            e -> assertThat(e.field()).isEqualTo("input.periods[0].period"));
  }
}
