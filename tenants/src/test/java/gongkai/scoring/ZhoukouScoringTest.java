package gongkai.scoring;

import static gongkai.scoring.Inputs.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.scheme.template.SchemeTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Zhoukou 2021 Art. 33 (bands, satisfaction condition) and Art. 34 (weight 4%). */
class ZhoukouScoringTest {

  private static final ScoringEngine ENGINE = ScoringEngine.of(SchemeTemplates.find("zhoukou-2021").orElseThrow());

  @ParameterizedTest(name = "total {0}, satisfaction {1} -> {2}")
  @CsvSource({
      "95, 0.60, EXCELLENT",
      "95, 0.5999, FAIL",
      "95, 0.59, FAIL",
      "95, 0, FAIL",
      "95, 1, EXCELLENT",
      "80, 0.61, GOOD",
      "80, 0.40, FAIL",
      "65, 0.60, PASS",
      "55, 0.90, FAIL",
  })
  void satisfaction_below_60_percent_forces_fail(String total, String rate, Grade grade) {
    ScoreSheet sheet = ENGINE.score(Inputs.components("annual", total).withSatisfactionRate(d(rate)));

    assertThat(sheet.grade()).isEqualTo(grade);
    assertThat(sheet.total()).isEqualTo(Points.of(total).toString());
  }

  @Test
  void the_condition_is_explained_whether_or_not_it_applies() {
    ScoreSheet failed = ENGINE.score(Inputs.components("annual", "92").withSatisfactionRate(d("0.55")));
    ScoreSheet passed = ENGINE.score(Inputs.components("annual", "92").withSatisfactionRate(d("0.75")));

    assertThat(failed.explanation()).filteredOn(l -> l.kind() == ExplanationLine.Kind.CONDITION)
        .extracting(ExplanationLine::text)
        .containsExactly("condition satisfaction-below-60: satisfactionRate 0.55 < 0.60, grade EXCELLENT -> FAIL");
    assertThat(passed.explanation()).filteredOn(l -> l.kind() == ExplanationLine.Kind.CONDITION)
        .extracting(ExplanationLine::text)
        .containsExactly("condition satisfaction-below-60: not (satisfactionRate 0.75 < 0.60), no effect");
  }

  @Test
  void the_condition_needs_the_satisfaction_rate() {
    assertThatThrownBy(() -> ENGINE.score(Inputs.components("annual", "92")))
        .isInstanceOfSatisfying(InvalidScoringInputException.class,
            e -> assertThat(e.field()).isEqualTo("input.satisfactionRate"));
  }

  @ParameterizedTest(name = "rate {0} is refused")
  @CsvSource({"-0.01", "1.01", "60"})
  void a_rate_outside_0_to_1_is_refused(String rate) {
    assertThatThrownBy(() -> ENGINE.score(Inputs.components("annual", "92").withSatisfactionRate(d(rate))))
        .isInstanceOfSatisfying(InvalidScoringInputException.class,
            e -> assertThat(e.field()).isEqualTo("input.satisfactionRate"));
  }

  @ParameterizedTest(name = "total {0} contributes {1}")
  @CsvSource({"100, 4.00", "90, 3.60", "89.99, 3.60", "87.13, 3.49", "87.12, 3.48", "0, 0.00"})
  void the_result_carries_4_percent_of_the_performance_assessment(String total, String contribution) {
    ScoreSheet sheet = ENGINE.score(Inputs.components("annual", total).withSatisfactionRate(d("0.9")));

    assertThat(sheet.performanceContribution()).isEqualTo(contribution);
  }
}
