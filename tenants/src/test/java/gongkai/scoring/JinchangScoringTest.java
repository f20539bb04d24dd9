package gongkai.scoring;

import static gongkai.scoring.Inputs.bonus;
import static gongkai.scoring.Inputs.bonuses;
import static gongkai.scoring.Inputs.deduction;
import static gongkai.scoring.Inputs.deductions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.scheme.template.SchemeTemplates;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Jinchang 2022 assessment rules, Art. 11, 13 and 14. */
class JinchangScoringTest {

  private static final ScoringEngine ENGINE = ScoringEngine.of(SchemeTemplates.find("jinchang-2022").orElseThrow());

  private static ScoreSheet score(ScoringInput input) {
    return ENGINE.score(input);
  }

  @Test
  void the_annual_component_is_the_sum_of_the_nine_areas() {
    ScoreSheet sheet = score(Inputs.indicators(
        "organisation", "9", "mechanisms", "8.5", "proactive-disclosure", "14", "policy-interpretation", "7",
        "responding-to-concerns", "9", "public-participation", "8", "requests", "13.5", "platforms", "12",
        "other", "4.25"));

    assertThat(sheet.total()).isEqualTo("85.25");
    assertThat(sheet.grade()).isEqualTo(Grade.GOOD);
    assertThat(sheet.components()).containsExactly(new ScoreSheet.ComponentScore("annual", "85.25", false));
    assertThat(sheet.explanation()).extracting(ExplanationLine::text)
        .contains("annual: sum of 9 indicator scores = 85.25 of 100.00");
  }

  @ParameterizedTest(name = "{0} + {1}x2 + {2}x1 + {3}x1 -> uncapped {4}, total {5}")
  @CsvSource({
      // Art. 13: +2 per upper-level commendation, +1 per media feature, +1 per leader praise, all cumulative
      "80, 1, 0, 0, 82.00, 82.00, GOOD",
      "80, 2, 3, 1, 88.00, 88.00, GOOD",
      "85, 2, 1, 0, 90.00, 90.00, EXCELLENT",
      // bonuses normally at most 10 in total
      "80, 5, 0, 0, 90.00, 90.00, EXCELLENT",
      "80, 4, 2, 2, 90.00, 90.00, EXCELLENT",
      "75, 6, 1, 1, 85.00, 85.00, GOOD",
      // a total above 100 counts as 100
      "95, 2, 1, 0, 100.00, 100.00, EXCELLENT",
      "95, 3, 0, 0, 101.00, 100.00, EXCELLENT",
      "100, 5, 5, 5, 110.00, 100.00, EXCELLENT",
  })
  void bonuses_are_cumulative_capped_at_10_and_the_total_at_100(String annual, int commendations, int features,
      int praises, String uncapped, String total, Grade grade) {
    List<BonusClaim> claims = bonuses();
    if (commendations > 0) {
      claims.add(bonus("upper-commendation", commendations));
    }
    if (features > 0) {
      claims.add(bonus("media-feature", features));
    }
    if (praises > 0) {
      claims.add(bonus("leader-praise", praises));
    }

    ScoreSheet sheet = score(Inputs.components("annual", annual).withBonuses(claims));

    assertThat(sheet.uncappedTotal()).isEqualTo(uncapped);
    assertThat(sheet.total()).isEqualTo(total);
    assertThat(sheet.grade()).isEqualTo(grade);
  }

  @Test
  void the_explanation_says_what_each_bonus_and_cap_did() {
    ScoreSheet sheet = score(Inputs.components("annual", "96")
        .withBonuses(bonuses(bonus("media-feature", 2), bonus("upper-commendation", 5))));

    assertThat(sheet.explanation()).extracting(ExplanationLine::code, ExplanationLine::text).containsSubsequence(
        org.assertj.core.groups.Tuple.tuple("annual", "annual: given directly, 96.00"),
        org.assertj.core.groups.Tuple.tuple("upper-commendation", "upper-commendation: 5 x 2.00 = 10.00: +10.00"),
        org.assertj.core.groups.Tuple.tuple("media-feature", "media-feature: 2 x 1.00 = 2.00: +2.00"),
        org.assertj.core.groups.Tuple.tuple("bonusCap", "bonuses 12.00 capped at 10.00"),
        org.assertj.core.groups.Tuple.tuple("uncappedTotal",
            "uncapped total: 96.00 + bonuses 10.00 - deductions 0.00 = 106.00"),
        org.assertj.core.groups.Tuple.tuple("totalCap",
            "total 106.00 capped at 100.00; ranks ahead of equal totals by 106.00"));
  }

  @ParameterizedTest(name = "incidents {1} from {0} -> {2} {3}")
  @CsvSource(delimiter = ';', value = {
      // Art. 14: 5 to 10 points per incident, no overall cap
      "92; 5; 87.00; GOOD",
      "92; 10; 82.00; GOOD",
      "92; 7.5; 84.50; GOOD",
      "92; 5,5; 82.00; GOOD",
      "92; 10,10,10; 62.00; PASS",
      "65; 10,5.5; 49.50; FAIL",
      "20; 10,10,10; 0.00; FAIL",
  })
  void each_incident_deducts_5_to_10_points(String annual, String incidents, String total, Grade grade) {
    List<DeductionClaim> claims = deductions();
    for (String points : incidents.split(",")) {
      claims.add(deduction("incident", points));
    }

    ScoreSheet sheet = score(Inputs.components("annual", annual).withDeductions(claims));

    assertThat(sheet.total()).isEqualTo(total);
    assertThat(sheet.grade()).isEqualTo(grade);
  }

  @Test
  void deductions_never_take_the_total_below_zero() {
    ScoreSheet sheet = score(Inputs.components("annual", "12")
        .withDeductions(deductions(deduction("incident", "10"), deduction("incident", "9"))));

    assertThat(sheet.total()).isEqualTo("0.00");
    assertThat(sheet.uncappedTotal()).isEqualTo("0.00");
    assertThat(sheet.explanation()).extracting(ExplanationLine::text)
        .contains("uncapped total: 12.00 + bonuses 0.00 - deductions 19.00 = -7.00, counted as 0.00");
  }

  @ParameterizedTest(name = "a deduction of {0} is refused")
  @CsvSource({"4.99", "10.01", "0", "-5", "11", "5.001"})
  void a_deduction_outside_5_to_10_is_refused(String points) {
    ScoringInput input = Inputs.components("annual", "90")
        .withDeductions(deductions(deduction("incident", "6"), deduction("incident", points)));

    assertThatThrownBy(() -> score(input))
        .isInstanceOfSatisfying(InvalidScoringInputException.class,
            e -> assertThat(e.field()).isEqualTo("input.deductions[1].points"));
  }

  @Test
  void bonuses_lift_a_unit_across_a_band_but_deductions_apply_after_them() {
    ScoreSheet sheet = score(Inputs.components("annual", "88")
        .withBonuses(bonuses(bonus("upper-commendation", 1)))
        .withDeductions(deductions(deduction("incident", "5"))));

    assertThat(sheet.total()).isEqualTo("85.00");
    assertThat(sheet.grade()).isEqualTo(Grade.GOOD);
  }

  @ParameterizedTest(name = "veto {0} fails a total of 98")
  @CsvSource({"new-media-veto", "secret-leak"})
  void a_veto_forces_fail_whatever_the_total(String veto) {
    ScoreSheet sheet = score(Inputs.components("annual", "98").withVetoes(List.of(veto)));

    assertThat(sheet.total()).isEqualTo("98.00");
    assertThat(sheet.grade()).isEqualTo(Grade.FAIL);
    assertThat(sheet.gradeLabel()).isEqualTo("不合格");
    assertThat(sheet.explanation()).filteredOn(line -> line.kind() == ExplanationLine.Kind.VETO)
        .extracting(ExplanationLine::code).containsExactly(veto);
  }

  @Test
  void both_vetoes_still_fail_and_are_both_explained() {
    ScoreSheet sheet = score(Inputs.components("annual", "70").withVetoes(List.of("secret-leak", "new-media-veto")));

    assertThat(sheet.grade()).isEqualTo(Grade.FAIL);
    assertThat(sheet.explanation()).filteredOn(line -> line.kind() == ExplanationLine.Kind.VETO)
        .extracting(ExplanationLine::text)
        .containsExactly(
            "veto secret-leak (违反保密法律法规，造成国家秘密、工作秘密泄漏 (Art. 11)): grade PASS -> FAIL",
            "veto new-media-veto (政务新媒体出现单项否决指标中的任意一种情形 (Art. 11)): grade stays FAIL");
  }

  @Test
  void the_scheme_has_no_performance_weight() {
    assertThat(score(Inputs.components("annual", "90")).performanceContribution()).isNull();
  }
}
