package gongkai.scheme.template;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.scoring.BonusRule;
import gongkai.scoring.Combination;
import gongkai.scoring.Component;
import gongkai.scoring.ComponentKind;
import gongkai.scoring.DeductionRule;
import gongkai.scoring.Granularity;
import gongkai.scoring.Indicator;
import gongkai.scoring.PeriodScheme;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.SchemeValidator;
import gongkai.scoring.TieBreak;
import gongkai.scoring.VetoRule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The template ids and rule codes are a public contract (issue 3). */
class SchemeTemplatesTest {

  static List<String> ids() {
    return SchemeTemplates.ids();
  }

  private static SchemeDefinition template(String id) {
    return SchemeTemplates.find(id).orElseThrow();
  }

  @Test
  void the_six_templates_by_id() {
    assertThat(SchemeTemplates.ids()).containsExactly("jiangmen-2020", "zhoukou-2021", "weibin-2020",
        "jinchang-2022", "yongji", "jinchang-12345-2024");
    assertThat(SchemeTemplates.all()).extracting(SchemeDefinition::code).isEqualTo(SchemeTemplates.ids());
    assertThat(SchemeTemplates.find("beijing")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("ids")
  void every_template_is_valid(String id) {
    assertThat(SchemeValidator.validate(template(id))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("ids")
  void every_template_has_chinese_names_and_a_description(String id) {
    SchemeDefinition scheme = template(id);
    assertThat(scheme.name().zhHans()).isNotBlank();
    assertThat(scheme.description()).isNotBlank();
    scheme.components().forEach(c -> c.indicators().forEach(i -> assertThat(i.name().zhHans()).isNotBlank()));
  }

  @Test
  void single_component_templates_score_the_annual_component_from_editable_areas() {
    for (String id : List.of("jiangmen-2020", "zhoukou-2021", "jinchang-2022", "yongji")) {
      SchemeDefinition scheme = template(id);
      assertThat(scheme.components()).extracting(Component::code).as(id).containsExactly("annual");
      assertThat(scheme.components().get(0).indicators()).as(id).allMatch(Indicator::pointsEditable);
      assertThat(scheme.components().get(0).maxPoints()).as(id).isEqualByComparingTo("100");
    }
    assertThat(template("jiangmen-2020").components().get(0).indicators()).hasSize(5); // Art. 6
    assertThat(template("zhoukou-2021").components().get(0).indicators()).hasSize(6); // Art. 30
    assertThat(template("jinchang-2022").components().get(0).indicators()).hasSize(9); // Art. 7
    assertThat(template("yongji").components().get(0).indicators()).hasSize(4); // Art. 6
  }

  @Test
  void zhoukou_carries_the_satisfaction_condition_and_4_percent() {
    SchemeDefinition zhoukou = template("zhoukou-2021");
    assertThat(zhoukou.gradeConditions()).singleElement().satisfies(c -> {
      assertThat(c.threshold()).isEqualByComparingTo("0.60");
      assertThat(c.forcedGrade()).hasToString("FAIL");
    });
    assertThat(zhoukou.performanceWeight()).isEqualByComparingTo("0.04");
  }

  @Test
  void weibin_is_routine_half_and_annual_half_with_a_monthly_fail_rule() {
    SchemeDefinition weibin = template("weibin-2020");
    assertThat(weibin.combination()).isEqualTo(Combination.WEIGHTED_SUM);
    assertThat(weibin.components()).extracting(Component::code, Component::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("routine", ComponentKind.PERIODIC),
        org.assertj.core.groups.Tuple.tuple("annual", ComponentKind.INDICATORS));
    assertThat(weibin.components()).allSatisfy(c -> assertThat(c.weight()).isEqualByComparingTo("0.5"));
    assertThat(weibin.components().get(0).periodScheme().periodRules()).singleElement()
        .satisfies(r -> assertThat(r.code()).isEqualTo("monthly-bulletin-fail"));
    assertThat(weibin.performanceWeight()).isEqualByComparingTo("0.04");
  }

  @Test
  void jinchang_rule_codes() {
    SchemeDefinition jinchang = template("jinchang-2022");
    assertThat(jinchang.bonusRules()).extracting(BonusRule::code, r -> r.pointsPerOccurrence().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("upper-commendation", "2"),
            org.assertj.core.groups.Tuple.tuple("media-feature", "1"),
            org.assertj.core.groups.Tuple.tuple("leader-praise", "1"));
    assertThat(jinchang.bonusCap()).isEqualByComparingTo("10");
    assertThat(jinchang.totalCap()).isEqualByComparingTo("100");
    assertThat(jinchang.tieBreak()).isEqualTo(TieBreak.UNCAPPED_TOTAL_DESC);
    assertThat(jinchang.deductionRules()).singleElement().satisfies(r -> {
      assertThat(r.code()).isEqualTo("incident");
      assertThat(r.minPoints()).isEqualByComparingTo("5");
      assertThat(r.maxPoints()).isEqualByComparingTo("10");
    });
    assertThat(jinchang.vetoRules()).extracting(VetoRule::code).containsExactly("new-media-veto", "secret-leak");
  }

  @Test
  void jinchang_12345_rule_codes_and_points() {
    SchemeDefinition hotline = template("jinchang-12345-2024");
    assertThat(hotline.combination()).isEqualTo(Combination.PLAIN_SUM);
    assertThat(hotline.totalCap()).isNull();
    PeriodScheme monthly = hotline.components().get(0).periodScheme();
    assertThat(hotline.components().get(0).code()).isEqualTo("monthly");
    assertThat(monthly.granularity()).isEqualTo(Granularity.MONTH);
    assertThat(monthly.items()).extracting(Indicator::code, i -> i.maxPoints().toPlainString()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("on-time-signing", "10"),
        org.assertj.core.groups.Tuple.tuple("on-time-return", "10"),
        org.assertj.core.groups.Tuple.tuple("on-time-completion", "20"),
        org.assertj.core.groups.Tuple.tuple("first-pass-review", "25"),
        org.assertj.core.groups.Tuple.tuple("caller-reply", "15"),
        org.assertj.core.groups.Tuple.tuple("satisfaction", "15"),
        org.assertj.core.groups.Tuple.tuple("knowledge-response", "5"));
    assertThat(monthly.bonusRules()).extracting(BonusRule::code, r -> r.pointsPerOccurrence().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("volume", "2"),
            org.assertj.core.groups.Tuple.tuple("speed", "2"),
            org.assertj.core.groups.Tuple.tuple("hard-cases", "6"),
            org.assertj.core.groups.Tuple.tuple("promotion", "4"),
            org.assertj.core.groups.Tuple.tuple("policy-publishing", "1"));
    assertThat(monthly.bonusCap()).isEqualByComparingTo("15");
    assertThat(monthly.deductionRules()).extracting(DeductionRule::code, r -> r.maxPoints().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("late-feedback", "3"),
            org.assertj.core.groups.Tuple.tuple("non-cooperation", "2"),
            org.assertj.core.groups.Tuple.tuple("falsification", "4"),
            org.assertj.core.groups.Tuple.tuple("low-efficiency", "4"),
            org.assertj.core.groups.Tuple.tuple("knowledge-error", "1"),
            org.assertj.core.groups.Tuple.tuple("publishing-not-linked", "1"));
    assertThat(monthly.deductionCap()).isEqualByComparingTo("15");
    assertThat(hotline.components().get(1).code()).isEqualTo("annual-indicators");
    assertThat(hotline.components().get(1).indicators()).extracting(Indicator::code, i -> i.maxPoints()
        .toPlainString()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("leadership", "8"),
        org.assertj.core.groups.Tuple.tuple("staff", "6"),
        org.assertj.core.groups.Tuple.tuple("archives", "6"));
  }

  @Test
  void each_call_returns_an_equal_definition() {
    assertThat(SchemeTemplates.find("weibin-2020")).isEqualTo(SchemeTemplates.find("weibin-2020"));
  }

  @Test
  void numbers_left_to_the_yearly_plan_are_said_to_be_so() {
    for (String id : List.of("weibin-2020", "yongji", "jinchang-12345-2024")) {
      assertThat(template(id).description()).as(id).contains("90/80/60");
    }
  }

}
