package gongkai.scoring;

import static gongkai.scoring.Inputs.bonus;
import static gongkai.scoring.Inputs.bonuses;
import static gongkai.scoring.Inputs.d;
import static gongkai.scoring.Inputs.deduction;
import static gongkai.scoring.Inputs.deductions;
import static gongkai.scoring.Inputs.period;
import static gongkai.scoring.Inputs.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.scheme.template.SchemeTemplates;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input throws one exception naming the offending field. */
class InvalidInputTest {

  private static Map<String, java.math.BigDecimal> jinchangAreas() {
    return scores("organisation", "9", "mechanisms", "8", "proactive-disclosure", "14", "policy-interpretation", "7",
        "responding-to-concerns", "9", "public-participation", "8", "requests", "13", "platforms", "12",
        "other", "4");
  }

  private static Map<String, java.math.BigDecimal> with(Map<String, java.math.BigDecimal> map, String code,
      String points) {
    Map<String, java.math.BigDecimal> copy = new HashMap<>(map);
    copy.put(code, points == null ? null : d(points));
    return copy;
  }

  private static Map<String, java.math.BigDecimal> without(Map<String, java.math.BigDecimal> map, String code) {
    Map<String, java.math.BigDecimal> copy = new HashMap<>(map);
    copy.remove(code);
    return copy;
  }

  /** A Jinchang 12345 month whose items are all at their maximum except {@code code}. */
  private static ScoringInput monthly(String code, String value) {
    Map<String, java.math.BigDecimal> month = new java.util.LinkedHashMap<>(scores("on-time-signing", "10",
        "on-time-return", "10", "on-time-completion", "20", "first-pass-review", "25", "caller-reply", "15",
        "satisfaction", "15", "knowledge-response", "5"));
    month.put(code, value == null ? null : new java.math.BigDecimal(value));
    return Inputs.components("annual-indicators", "20").withPeriods(List.of(period("2024-01", month)));
  }

  static Stream<Arguments> badInputs() {
    ScoringInput jinchang = Inputs.indicators().withIndicatorScores(jinchangAreas());
    ScoringInput direct = Inputs.components("annual", "90");
    return Stream.of(
        Arguments.of("jinchang-2022", "unknown component", Inputs.components("routine", "50"),
            "input.componentScores.routine", "no component 'routine'"),
        Arguments.of("jinchang-2022", "component above its maximum", Inputs.components("annual", "100.01"),
            "input.componentScores.annual", "at most 100.00"),
        Arguments.of("jinchang-2022", "negative component", Inputs.components("annual", "-1"),
            "input.componentScores.annual", "0 or more"),
        Arguments.of("jinchang-2022", "three decimals", Inputs.components("annual", "89.995"),
            "input.componentScores.annual", "two decimal places"),
        Arguments.of("jinchang-2022", "null component score",
            ScoringInput.empty().withComponentScores(with(Map.of(), "annual", null)),
            "input.componentScores.annual", "is required"),
        Arguments.of("jinchang-2022", "unknown indicator", jinchang.withIndicatorScores(
            with(jinchangAreas(), "website", "3")), "input.indicatorScores.website", "no indicator 'website'"),
        Arguments.of("jinchang-2022", "indicator above its maximum", jinchang.withIndicatorScores(
            with(jinchangAreas(), "other", "5.5")), "input.indicatorScores.other", "at most 5.00"),
        Arguments.of("jinchang-2022", "missing indicator", jinchang.withIndicatorScores(
            without(jinchangAreas(), "requests")), "input.indicatorScores.requests", "missing score"),
        Arguments.of("jinchang-2022", "indicator of a component given directly",
            direct.withIndicatorScores(scores("requests", "10")), "input.indicatorScores.requests",
            "given in componentScores"),
        Arguments.of("jinchang-2022", "unknown bonus", direct.withBonuses(bonuses(bonus("award", 1))),
            "input.bonuses[0].code", "no bonus rule 'award'"),
        Arguments.of("jinchang-2022", "zero bonus count",
            direct.withBonuses(bonuses(bonus("media-feature", 1), bonus("leader-praise", 0))),
            "input.bonuses[1].count", "1 or more"),
        Arguments.of("jinchang-2022", "unknown deduction", direct.withDeductions(deductions(deduction("leak", "5"))),
            "input.deductions[0].code", "no deduction rule 'leak'"),
        Arguments.of("jinchang-2022", "deduction below its range",
            direct.withDeductions(deductions(deduction("incident", "3"))), "input.deductions[0].points",
            "5.00 to 10.00"),
        Arguments.of("jinchang-2022", "deduction without points",
            direct.withDeductions(deductions(new DeductionClaim("incident", null))), "input.deductions[0].points",
            "is required"),
        Arguments.of("jinchang-2022", "unknown veto", direct.withVetoes(List.of("late-report")),
            "input.vetoes[0]", "no veto rule 'late-report'"),
        Arguments.of("jinchang-2022", "veto twice", direct.withVetoes(List.of("secret-leak", "secret-leak")),
            "input.vetoes[1]", "listed twice"),
        Arguments.of("jinchang-2022", "satisfaction without a condition", direct.withSatisfactionRate(d("0.9")),
            "input.satisfactionRate", "no grade condition"),
        Arguments.of("jinchang-2022", "periods without a periodic component",
            direct.withPeriods(List.of(period("2022-01", scores()))), "input.periods", "no periodic component"),
        Arguments.of("jiangmen-2020", "bonus in a scheme without bonus rules",
            direct.withBonuses(bonuses(bonus("upper-commendation", 1))), "input.bonuses[0].code", "it has none"),
        Arguments.of("jiangmen-2020", "indicator of a parent", Inputs.indicators("annual", "80"),
            "input.indicatorScores.annual", "no indicator 'annual'"),
        Arguments.of("weibin-2020", "periods of a component given directly",
            Inputs.components("routine", "80", "annual", "80").withPeriods(List.of(period("2020-01", scores()))),
            "input.periods", "leave out its periods"),
        Arguments.of("weibin-2020", "item unknown to the month", Inputs.components("annual", "80")
            .withPeriods(List.of(period("2020-01", scores("leadership", "5")))),
            "input.periods[0].indicatorScores.leadership", "no item 'leadership'"),
        Arguments.of("jinchang-12345-2024", "unknown monthly bonus", Inputs.components("annual-indicators", "20")
            .withPeriods(List.of(period("2024-01", scores("on-time-signing", "10", "on-time-return", "10",
                "on-time-completion", "20", "first-pass-review", "25", "caller-reply", "15", "satisfaction", "15",
                "knowledge-response", "5"), bonuses(bonus("upper-commendation", 1)), null))),
            "input.periods[0].bonuses[0].code", "no bonus rule 'upper-commendation'"),
        Arguments.of("jinchang-12345-2024", "annual bonus in a scheme with monthly bonuses only",
            Inputs.components("annual-indicators", "20", "monthly", "90").withBonuses(bonuses(bonus("volume", 1))),
            "input.bonuses[0].code", "it has none"),
        Arguments.of("jinchang-12345-2024", "monthly item above its maximum", monthly("on-time-signing", "10.01"),
            "input.periods[0].indicatorScores.on-time-signing", "at most 10.00"),
        Arguments.of("jinchang-12345-2024", "negative monthly item", monthly("caller-reply", "-0.01"),
            "input.periods[0].indicatorScores.caller-reply", "0 or more"),
        Arguments.of("jinchang-12345-2024", "monthly item with three decimals", monthly("satisfaction", "14.995"),
            "input.periods[0].indicatorScores.satisfaction", "two decimal places"),
        Arguments.of("jinchang-12345-2024", "monthly item without a score", monthly("knowledge-response", null),
            "input.periods[0].indicatorScores.knowledge-response", "is required"),
        Arguments.of("jinchang-12345-2024", "monthly item too large for any scale",
            monthly("on-time-return", "1e30"), "input.periods[0].indicatorScores.on-time-return", "at most 10.00"),
        Arguments.of("jinchang-12345-2024", "month given as a quarter", Inputs.components("annual-indicators", "20")
            .withPeriods(List.of(period("2024-Q1", scores()))), "input.periods[0].period", "YYYY-MM"));
  }

  @ParameterizedTest(name = "{0}: {1} -> {3}")
  @MethodSource("badInputs")
  void bad_input_names_its_field(String template, String what, ScoringInput input, String field, String message) {
    SchemeDefinition scheme = SchemeTemplates.find(template).orElseThrow();

    assertThatThrownBy(() -> ScoringEngine.score(scheme, input))
        .isInstanceOfSatisfying(InvalidScoringInputException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.detail()).contains(message);
        });
  }

  @ParameterizedTest(name = "{0}: {1} component must be given")
  @MethodSource("directComponents")
  void social_and_fixed_components_are_entered_directly(ComponentKind kind) {
    SchemeDefinition base = SchemeTemplates.find("jiangmen-2020").orElseThrow();
    List<Component> components = new ArrayList<>(base.components());
    components.add(new Component("survey", LocalizedText.zh("社会评议"), kind, null, d("10"), null, null));
    SchemeDefinition scheme = new SchemeDefinition(base.code(), base.name(), base.year(), null, components,
        Combination.PLAIN_SUM, null, null, null, null, d("110"), null, null,
        TemplatesForTests.bands("90", "80", "60", d("110")), null, null);

    assertThatThrownBy(() -> ScoringEngine.score(scheme, Inputs.components("annual", "80")))
        .isInstanceOfSatisfying(InvalidScoringInputException.class,
            e -> assertThat(e.field()).isEqualTo("input.componentScores.survey"));
    assertThat(ScoringEngine.score(scheme, Inputs.components("annual", "80", "survey", "7.5")).total())
        .isEqualTo("87.50");
  }

  static Stream<ComponentKind> directComponents() {
    return Arrays.stream(new ComponentKind[] {ComponentKind.SOCIAL, ComponentKind.FIXED});
  }
}
