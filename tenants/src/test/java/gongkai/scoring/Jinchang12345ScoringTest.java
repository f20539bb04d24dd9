package gongkai.scoring;

import static gongkai.scoring.Inputs.bonus;
import static gongkai.scoring.Inputs.bonuses;
import static gongkai.scoring.Inputs.deduction;
import static gongkai.scoring.Inputs.deductions;
import static gongkai.scoring.Inputs.period;
import static gongkai.scoring.Inputs.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.scheme.template.SchemeTemplates;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jinchang 12345 hotline rules 2024, Art. 35 (monthly score) and Art. 36 (annual score). */
class Jinchang12345ScoringTest {

  private static final ScoringEngine ENGINE =
      ScoringEngine.of(SchemeTemplates.find("jinchang-12345-2024").orElseThrow());

  private static final Map<String, BigDecimal> ANNUAL = scores("leadership", "8", "staff", "5", "archives", "6");

  /** Base items, Art. 35(1): 10 + 10 + 20 + 25 + 15 + 15 + 5 = 100. */
  private static Map<String, BigDecimal> base(String signing, String returning, String completion, String review,
      String reply, String satisfaction, String knowledge) {
    return scores("on-time-signing", signing, "on-time-return", returning, "on-time-completion", completion,
        "first-pass-review", review, "caller-reply", reply, "satisfaction", satisfaction,
        "knowledge-response", knowledge);
  }

  private static Map<String, BigDecimal> fullBase() {
    return base("10", "10", "20", "25", "15", "15", "5");
  }

  private static ScoreSheet score(List<PeriodInput> months) {
    return ENGINE.score(ScoringInput.empty().withIndicatorScores(ANNUAL).withPeriods(months));
  }

  @Test
  void a_month_is_base_plus_bonuses_minus_deductions() {
    ScoreSheet sheet = score(List.of(period("2024-01", base("10", "9", "18", "22.5", "15", "13", "5"),
        bonuses(bonus("volume", 1), bonus("policy-publishing", 1)),
        deductions(deduction("late-feedback", "3"), deduction("knowledge-error", "0.5")))));

    // 92.50 + 3 - 3.50 = 92.00
    assertThat(sheet.periods()).extracting(ScoreSheet.PeriodScore::score).containsExactly("92.00");
    assertThat(sheet.components()).extracting(ScoreSheet.ComponentScore::score).containsExactly("92.00", "19.00");
    assertThat(sheet.total()).isEqualTo("111.00");
    assertThat(sheet.explanation()).extracting(ExplanationLine::text).contains(
        "2024-01 volume: 1 x 2.00 = 2.00: +2.00",
        "2024-01 late-feedback: 1 incident totalling 3.00: -3.00",
        "2024-01: items 92.50 + bonuses 3.00 - deductions 3.50 = 92.00");
  }

  @Test
  void monthly_bonuses_are_capped_at_15_and_each_item_at_its_points() {
    ScoreSheet sheet = score(List.of(period("2024-02", fullBase(),
        bonuses(bonus("volume", 3), bonus("speed", 1), bonus("hard-cases", 2), bonus("promotion", 1),
            bonus("policy-publishing", 1)),
        null)));

    // volume 3 x 2 = 6 capped at 2; hard-cases 12 capped at 6; 2 + 2 + 6 + 4 + 1 = 15
    assertThat(sheet.periods().get(0).score()).isEqualTo("115.00");
    assertThat(sheet.explanation()).extracting(ExplanationLine::text)
        .contains("2024-02 volume: 3 x 2.00 = 6.00, capped at 2.00 by the rule: +2.00");
  }

  @Test
  void monthly_deductions_are_capped_at_15_in_total_and_a_month_never_goes_below_zero() {
    List<DeductionClaim> all = deductions(deduction("late-feedback", "3"), deduction("late-feedback", "2"),
        deduction("non-cooperation", "2"), deduction("falsification", "4"), deduction("low-efficiency", "4"),
        deduction("knowledge-error", "1"), deduction("publishing-not-linked", "1"));
    ScoreSheet sheet = score(List.of(
        period("2024-03", fullBase(), null, all), // late-feedback 5 capped at 3; sum 15
        period("2024-04", base("0", "0", "0", "0", "0", "0", "5"), null, all))); // 5 - 15 -> 0

    assertThat(sheet.periods()).extracting(ScoreSheet.PeriodScore::score).containsExactly("85.00", "0.00");
    assertThat(sheet.components().get(0).score()).isEqualTo("42.50");
  }

  @Test
  void a_deduction_above_its_item_points_is_refused() {
    assertThatThrownBy(() -> score(List.of(period("2024-01", fullBase(), null,
        deductions(deduction("non-cooperation", "2.5"))))))
        .isInstanceOfSatisfying(InvalidScoringInputException.class,
            e -> assertThat(e.field()).isEqualTo("input.periods[0].deductions[0].points"));
  }

  @Test
  void annual_score_is_the_sum_of_monthly_scores_over_months_assessed_plus_annual_indicators() {
    // Art. 36(3): (98 + 101.5 + 92.5) / 3 = 97.333... -> 97.33, + 19 = 116.33
    ScoreSheet sheet = score(List.of(
        period("2024-01", base("10", "10", "20", "25", "15", "13", "5")), // 98
        period("2024-02", fullBase(), bonuses(bonus("speed", 1)), deductions(deduction("low-efficiency", "0.5"))),
        period("2024-03", base("10", "10", "17.5", "25", "15", "15", "0"))));

    assertThat(sheet.periods()).extracting(ScoreSheet.PeriodScore::score)
        .containsExactly("98.00", "101.50", "92.50");
    assertThat(sheet.components()).extracting(ScoreSheet.ComponentScore::score).containsExactly("97.33", "19.00");
    assertThat(sheet.total()).isEqualTo("116.33");
    assertThat(sheet.uncappedTotal()).isEqualTo("116.33");
    assertThat(sheet.grade()).isEqualTo(Grade.EXCELLENT);
    assertThat(sheet.explanation()).extracting(ExplanationLine::text).contains(
        "monthly: average of 3 periods (sum 292.00) = 97.33",
        "sum: monthly 97.33 + annual-indicators 19.00 = 116.33");
  }

  @Test
  void twelve_full_months_and_full_annual_indicators_make_135() {
    List<PeriodInput> months = new java.util.ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(period(String.format("2024-%02d", m), fullBase(), bonuses(bonus("volume", 1), bonus("speed", 1),
          bonus("hard-cases", 1), bonus("promotion", 1), bonus("policy-publishing", 1)), null));
    }
    ScoreSheet sheet = ENGINE.score(ScoringInput.empty()
        .withIndicatorScores(scores("leadership", "8", "staff", "6", "archives", "6")).withPeriods(months));

    assertThat(sheet.total()).isEqualTo("135.00");
  }

  @Test
  void months_not_assessed_do_not_count() {
    // a unit assessed only in two months: (80 + 90) / 2 = 85
    ScoreSheet sheet = score(List.of(
        period("2024-11", base("10", "10", "20", "25", "15", "0", "0")),
        period("2024-12", base("10", "10", "20", "25", "15", "10", "0"))));

    assertThat(sheet.components().get(0).score()).isEqualTo("85.00");
  }

  @Test
  void a_month_given_twice_is_refused() {
    assertThatThrownBy(() -> score(List.of(period("2024-05", fullBase()), period("2024-05", fullBase()))))
        .isInstanceOfSatisfying(InvalidScoringInputException.class,
            e -> assertThat(e.field()).isEqualTo("input.periods[1].period"));
  }

  @Test
  void the_monthly_component_needs_its_months_or_its_score() {
    assertThatThrownBy(() -> ENGINE.score(ScoringInput.empty().withIndicatorScores(ANNUAL)))
        .isInstanceOfSatisfying(InvalidScoringInputException.class,
            e -> assertThat(e.field()).isEqualTo("input.periods"));

    ScoreSheet direct = ENGINE.score(ScoringInput.empty().withIndicatorScores(ANNUAL)
        .withComponentScores(scores("monthly", "101.25")));
    assertThat(direct.total()).isEqualTo("120.25");
  }

  @Test
  void any_exact_decimal_form_of_an_item_score_is_accepted() {
    ScoreSheet sheet = score(List.of(period("2024-06",
        base("1E+1", "10.000", "19.5", "25", "15.00", "0.0", "5"))));

    assertThat(sheet.periods().get(0).score()).isEqualTo("84.50");
  }

  @Test
  void an_item_score_with_three_decimals_is_refused() {
    assertThatThrownBy(() -> score(List.of(period("2024-06", base("10", "10", "19.505", "25", "15", "15", "5")))))
        .isInstanceOfSatisfying(InvalidScoringInputException.class, e -> {
          assertThat(e.field()).isEqualTo("input.periods[0].indicatorScores.on-time-completion");
          assertThat(e.detail()).contains("two decimal places");
        });
  }
}
