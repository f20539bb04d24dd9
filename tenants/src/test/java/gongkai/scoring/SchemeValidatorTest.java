package gongkai.scoring;

import static gongkai.scoring.Inputs.d;
import static gongkai.scoring.SchemeEdits.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.scheme.template.SchemeTemplates;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemeValidatorTest {

  private static final SchemeDefinition JINCHANG = SchemeTemplates.find("jinchang-2022").orElseThrow();
  private static final SchemeDefinition WEIBIN = SchemeTemplates.find("weibin-2020").orElseThrow();

  private static List<String> paths(SchemeDefinition scheme) {
    return SchemeValidator.validate(scheme).stream().map(SchemeProblem::path).toList();
  }

  private static SchemeDefinition withAnnualTree(List<Indicator> tree, String max) {
    Component annual = JINCHANG.components().get(0);
    return SchemeEdits.components(JINCHANG, List.of(new Component(annual.code(), annual.name(), annual.kind(),
        null, d(max), tree, null)));
  }

  @Test
  void a_parent_must_be_the_sum_of_its_children() {
    SchemeDefinition scheme = withAnnualTree(List.of(
        node("a", "60", node("a1", "30"), node("a2", "20")),
        node("b", "40", node("b1", "40", node("b11", "25"), node("b12", "15")))), "100");

    assertThat(SchemeValidator.validate(scheme)).containsExactly(
        new SchemeProblem("components[0].indicators[0].maxPoints", "is 60 but the children add up to 50"));
  }

  @Test
  void a_component_must_be_the_sum_of_its_level_1_indicators() {
    SchemeDefinition scheme = withAnnualTree(List.of(node("a", "60"), node("b", "30")), "100");

    assertThat(SchemeValidator.validate(scheme)).containsExactly(
        new SchemeProblem("components[0].maxPoints", "is 100 but the level-1 indicators add up to 90"));
  }

  @Test
  void every_problem_is_reported_with_its_path() {
    SchemeDefinition scheme = withAnnualTree(List.of(
        node("a", "50", node("a1", "30"), node("a", "20")),
        node("b", null),
        node("c", "0.001"),
        node("d", "10", node("d1", "10", node("d11", "10", node("d111", "10"))))), "100");

    assertThat(paths(scheme)).containsExactly(
        "components[0].indicators[0].children[1].code",
        "components[0].indicators[1].maxPoints",
        "components[0].indicators[2].maxPoints",
        "components[0].indicators[3].children[0].children[0].children");
  }

  @Test
  void weights_of_a_weighted_sum_must_add_up_to_1() {
    List<Component> components = new ArrayList<>(WEIBIN.components());
    components.set(1, SchemeEdits.weight(components.get(1), "0.4"));

    assertThat(SchemeValidator.validate(SchemeEdits.components(WEIBIN, components))).containsExactly(
        new SchemeProblem("components", "the weights of a weighted sum must add up to 1, they add up to 0.9"));
  }

  @Test
  void a_weighted_component_needs_a_weight_and_a_plain_sum_none() {
    List<Component> weibin = new ArrayList<>(WEIBIN.components());
    weibin.set(0, SchemeEdits.weight(weibin.get(0), null));
    List<Component> jinchang = List.of(SchemeEdits.weight(JINCHANG.components().get(0), "0.5"));

    assertThat(paths(SchemeEdits.components(WEIBIN, weibin))).containsExactly("components[0].weight");
    assertThat(paths(SchemeEdits.components(JINCHANG, jinchang))).containsExactly("components[0].weight");
  }

  @Test
  void codes_are_unique() {
    List<Component> components = List.of(JINCHANG.components().get(0), JINCHANG.components().get(0));
    SchemeDefinition scheme = SchemeEdits.vetoes(SchemeEdits.components(JINCHANG, components),
        List.of(new VetoRule("secret-leak", null, Grade.FAIL), new VetoRule("secret-leak", null, Grade.FAIL)));

    assertThat(paths(scheme)).contains("components[1].code", "vetoRules[1].code")
        // the second copy of the tree repeats all nine indicator codes
        .filteredOn(p -> p.startsWith("components[1].indicators")).hasSize(9);
  }

  @Test
  void a_gap_between_bands_is_reported() {
    List<GradeBand> bands = new ArrayList<>(JINCHANG.gradeBands());
    GradeBand good = bands.get(1); // [80, 90)
    bands.set(1, new GradeBand(good.grade(), good.label(), good.lower(), true, good.upper(), false));
    bands.set(2, new GradeBand(Grade.PASS, "合格", d("60"), true, d("80"), false)); // [60, 80)
    bands.set(1, new GradeBand(Grade.GOOD, "良好", d("80"), false, d("90"), false)); // (80, 90): 80 has no band

    assertThat(SchemeValidator.validate(SchemeEdits.bands(JINCHANG, bands))).containsExactly(
        new SchemeProblem("gradeBands[1].lower", "gap between [60, 80) and (80, 90)"));
  }

  @Test
  void an_overlap_between_bands_is_reported() {
    List<GradeBand> bands = new ArrayList<>(JINCHANG.gradeBands());
    bands.set(2, new GradeBand(Grade.PASS, "合格", d("60"), true, d("80"), true)); // [60, 80] meets [80, 90)

    assertThat(SchemeValidator.validate(SchemeEdits.bands(JINCHANG, bands))).containsExactly(
        new SchemeProblem("gradeBands[1].lower", "overlap between [60, 80] and [80, 90)"));
  }

  @Test
  void bands_must_start_at_0_and_reach_the_cap() {
    List<GradeBand> bands = new ArrayList<>(JINCHANG.gradeBands());
    bands.set(0, new GradeBand(Grade.EXCELLENT, "优秀", d("90"), true, d("100"), false));
    bands.set(3, new GradeBand(Grade.FAIL, "不合格", d("1"), true, d("60"), false));

    assertThat(SchemeValidator.validate(SchemeEdits.bands(JINCHANG, bands))).containsExactly(
        new SchemeProblem("gradeBands[3].lower", "the lowest band must start at 0 inclusive"),
        new SchemeProblem("gradeBands[0].upper", "the bands stop at [90, 100) but a total can reach 100"));
  }

  @Test
  void a_higher_band_may_not_hold_a_worse_grade() {
    List<GradeBand> bands = List.of(
        new GradeBand(Grade.FAIL, "不合格", d("90"), true, d("100"), true),
        new GradeBand(Grade.EXCELLENT, "优秀", d("0"), true, d("90"), false));

    assertThat(SchemeValidator.validate(SchemeEdits.bands(JINCHANG, bands))).containsExactly(
        new SchemeProblem("gradeBands[0].grade", "band [90, 100] (FAIL) is worse than the lower band [0, 90) "
            + "(EXCELLENT)"));
  }

  @Test
  void a_veto_must_force_a_grade_that_has_a_band() {
    List<GradeBand> bands = List.of(
        new GradeBand(Grade.EXCELLENT, "优秀", d("60"), true, d("100"), true),
        new GradeBand(Grade.PASS, "合格", d("0"), true, d("60"), false));

    assertThat(paths(SchemeEdits.bands(JINCHANG, bands))).containsExactly(
        "vetoRules[0].forcedGrade", "vetoRules[1].forcedGrade");
  }

  @Test
  void deduction_ranges_must_be_sane() {
    SchemeDefinition scheme = SchemeEdits.deductions(JINCHANG, List.of(
        new DeductionRule("incident", null, d("10"), d("5"), null),
        new DeductionRule("negative", null, d("-1"), d("5"), null),
        new DeductionRule("empty", null, d("0"), d("0"), d("0"))));

    assertThat(SchemeValidator.validate(scheme)).containsExactly(
        new SchemeProblem("deductionRules[0].minPoints", "is above maxPoints 5"),
        new SchemeProblem("deductionRules[1].minPoints", "must be 0 or more, is -1"),
        new SchemeProblem("deductionRules[2].maxPoints", "must be more than 0, is 0"),
        new SchemeProblem("deductionRules[2].cap", "must be more than 0, is 0"));
  }

  @Test
  void uncapped_bonuses_without_a_total_cap_need_an_open_top_band() {
    SchemeDefinition scheme = SchemeEdits.totals(
        SchemeEdits.bonuses(JINCHANG, JINCHANG.bonusRules(), null), null, null);

    assertThat(SchemeValidator.validate(scheme)).extracting(SchemeProblem::path)
        .containsExactly("gradeBands[0].upper");
  }

  @Test
  void the_performance_weight_is_a_share() {
    assertThat(paths(SchemeEdits.totals(JINCHANG, JINCHANG.totalCap(), d("4")))).containsExactly(
        "performanceWeight");
  }

  @Test
  void the_engine_refuses_an_invalid_scheme_with_all_its_problems() {
    SchemeDefinition scheme = SchemeEdits.totals(withAnnualTree(List.of(node("a", "60")), "100"),
        JINCHANG.totalCap(), d("0"));

    assertThatThrownBy(() -> ScoringEngine.of(scheme))
        .isInstanceOfSatisfying(InvalidSchemeException.class, e -> assertThat(e.problems())
            .extracting(SchemeProblem::path).containsExactly("components[0].maxPoints", "performanceWeight"));
  }

  @Test
  void an_empty_scheme_reports_what_it_lacks() {
    SchemeDefinition empty = new SchemeDefinition(null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null);

    assertThat(paths(empty)).containsExactly("code", "name.zhHans", "components", "gradeBands");
  }

  @Test
  void points_are_bounded() {
    SchemeDefinition scheme = withAnnualTree(List.of(node("a", "1000000.01")), "1000000.01");

    assertThat(SchemeValidator.validate(scheme)).extracting(SchemeProblem::path, SchemeProblem::message)
        .contains(org.assertj.core.groups.Tuple.tuple("components[0].indicators[0].maxPoints",
            "is more than 1000000 points"));
  }
}
