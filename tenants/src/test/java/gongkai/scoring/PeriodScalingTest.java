package gongkai.scoring;

import static gongkai.scoring.Inputs.d;
import static gongkai.scoring.Inputs.period;
import static gongkai.scoring.Inputs.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A periodic component whose periods are scored on another scale than the component. */
class PeriodScalingTest {

  /** Quarters of two items (25 + 25) plus bonuses capped at 10, mapped onto a component of 30 in a plain sum. */
  private static SchemeDefinition scheme(Granularity granularity) {
    PeriodScheme quarters = new PeriodScheme(granularity,
        List.of(item("openness"), item("response")),
        List.of(new BonusRule("praise", null, d("4"), null)), d("10"),
        List.of(), null, List.of());
    List<Component> components = List.of(
        new Component("quarterly", LocalizedText.zh("季度"), ComponentKind.PERIODIC, null, d("30"), null, quarters),
        new Component("social", LocalizedText.zh("社会评议"), ComponentKind.SOCIAL, null, d("70"), null, null));
    return new SchemeDefinition("scaled", LocalizedText.zh("换算"), 2025, null, components, Combination.PLAIN_SUM,
        null, null, null, null, d("100"), null, null, TemplatesForTests.bands("90", "80", "60", d("100")), null,
        null);
  }

  private static Indicator item(String code) {
    return new Indicator(code, LocalizedText.zh(code), null, d("25"), null, false, List.of());
  }

  @ParameterizedTest(name = "quarters {0} and {1} -> component {2}")
  @CsvSource({
      "60, 60, 30.00", // full marks incl. the bonus cap
      "50, 50, 25.00",
      "40, 30, 17.50", // 35 of 60 x 30
      "0, 1, 0.25",
      "33.33, 33.34, 16.67", // 66.67 / 2 / 60 x 30 = 16.6675
  })
  void the_period_average_is_scaled_to_the_component_maximum(String q1, String q2, String component) {
    ScoreSheet sheet = ScoringEngine.score(scheme(Granularity.QUARTER), ScoringInput.empty()
        .withComponentScores(scores("social", "70"))
        .withPeriods(List.of(quarter("2025-Q1", q1), quarter("2025-Q2", q2))));

    assertThat(sheet.components().get(0).score()).isEqualTo(component);
  }

  /** A quarter totalling {@code points}: items up to 50, the rest as praise bonuses (4 each, capped at 10). */
  private static PeriodInput quarter(String id, String points) {
    BigDecimal total = d(points);
    BigDecimal items = total.min(d("50"));
    BigDecimal rest = total.subtract(items);
    int praises = rest.signum() == 0 ? 0 : 3; // 12 capped at 10
    BigDecimal first = items.min(d("25"));
    return new PeriodInput(id, scores("openness", first.toPlainString(),
        "response", items.subtract(first).toPlainString()),
        praises == 0 ? null : List.of(new BonusClaim("praise", praises)), null);
  }

  @Test
  void the_period_id_follows_the_granularity() {
    SchemeDefinition weekly = scheme(Granularity.WEEK);
    ScoringInput week = ScoringInput.empty().withComponentScores(scores("social", "70"))
        .withPeriods(List.of(period("2025-W07", scores("openness", "25", "response", "25"))));

    assertThat(ScoringEngine.score(weekly, week).components().get(0).score()).isEqualTo("25.00");
    assertThatThrownBy(() -> ScoringEngine.score(weekly, week.withPeriods(List.of(
        period("2025-07", scores("openness", "25", "response", "25"))))))
        .isInstanceOfSatisfying(InvalidScoringInputException.class,
            e -> assertThat(e.detail()).contains("YYYY-Www"));
  }
}
