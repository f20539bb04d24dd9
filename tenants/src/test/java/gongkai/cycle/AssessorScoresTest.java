package gongkai.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.error.DomainException;
import gongkai.scheme.template.SchemeTemplates;
import gongkai.scoring.Combination;
import gongkai.scoring.Component;
import gongkai.scoring.ComponentKind;
import gongkai.scoring.Indicator;
import gongkai.scoring.LocalizedText;
import gongkai.scoring.SchemeDefinition;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Jinchang 2022 Art. 7 areas: organisation 10 points, requests 15 points. */
class AssessorScoresTest {

  static final SchemeDefinition JINCHANG = SchemeTemplates.find("jinchang-2022").orElseThrow();

  @ParameterizedTest(name = "{0} = {1}, comment \"{2}\" -> {3}")
  @CsvSource(nullValues = "null", value = {
      "organisation, 10,    null,            ok",
      "organisation, 10.00, null,            ok", // the maximum written with decimals
      "organisation, 9.5,   缺少年度计划,      ok",
      "organisation, 0,     未建立领导机制,    ok",
      "requests,     15,    null,            ok",
      "organisation, 9.5,   null,            scores.organisation.comment",
      "organisation, 9.5,   '   ',           scores.organisation.comment",
      "organisation, 0,     '',              scores.organisation.comment",
      "organisation, 10.5,  超出,            scores.organisation",
      "organisation, 10.01, 超出,            scores.organisation",
      "requests,     16,    超出,            scores.requests",
      "organisation, -1,    负分,            scores.organisation",
      "organisation, 9.555, 三位小数,         scores.organisation",
      "organisation, null,  null,            scores.organisation",
      "nonexistent,  1,     x,               scores.nonexistent"})
  void assessor_scores_are_within_the_maximum_with_a_comment_below_it(String code, String points, String comment,
      String expected) {
    AssessorScore score = new AssessorScore(points == null ? null : new BigDecimal(points), comment);
    Map<String, AssessorScore> scores = new HashMap<>();
    scores.put(code, score);

    List<FieldProblem> problems = AssessorScores.check(JINCHANG, scores);

    if (expected.equals("ok")) {
      assertThat(problems).isEmpty();
    } else {
      assertThat(problems).extracting(FieldProblem::field).containsExactly(expected);
      assertThatThrownBy(() -> AssessorScores.validate(JINCHANG, scores))
          .isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.field()).isEqualTo(expected);
          });
    }
  }

  @Test
  void every_problem_is_reported_in_scheme_order_with_unknown_codes_last() {
    Map<String, AssessorScore> scores = new HashMap<>();
    scores.put("zzz", AssessorScore.full("1"));
    scores.put("requests", AssessorScore.full("20"));
    scores.put("organisation", AssessorScore.of("8", null));
    scores.put("mechanisms", AssessorScore.full("10"));

    assertThat(AssessorScores.check(JINCHANG, scores)).extracting(FieldProblem::field)
        .containsExactly("scores.organisation.comment", "scores.requests", "scores.zzz");
  }

  @Test
  void the_comment_message_says_the_score_and_the_maximum() {
    List<FieldProblem> problems = AssessorScores.check(JINCHANG, Map.of("organisation", AssessorScore.of("8.5",
        null)));

    assertThat(problems.get(0).message()).contains("8.5", "10");
  }

  @Test
  void a_parent_indicator_is_not_scored_directly() {
    Indicator site = leaf("website", "6");
    Indicator media = leaf("new-media", "4");
    Indicator platforms = new Indicator("platforms", LocalizedText.zh("平台建设"), null, new BigDecimal("10"), null,
        false, List.of(site, media));
    SchemeDefinition scheme = new SchemeDefinition("tree", LocalizedText.zh("树"), 2025, null,
        List.of(new Component("annual", LocalizedText.zh("年度"), ComponentKind.INDICATORS, null,
            new BigDecimal("10"), List.of(platforms), null)),
        Combination.PLAIN_SUM, null, null, null, null, null, null, null, null, null, null);

    assertThat(AssessorScores.check(scheme, Map.of("platforms", AssessorScore.full("10"))))
        .singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo("scores.platforms");
          assertThat(p.message()).contains("not a leaf");
        });
    assertThat(AssessorScores.check(scheme, Map.of("website", AssessorScore.full("6")))).isEmpty();
    assertThat(AssessorScores.missing(scheme, Map.of("website", AssessorScore.full("6"))))
        .containsExactly("new-media");
  }

  private static Indicator leaf(String code, String max) {
    return new Indicator(code, LocalizedText.zh(code), null, new BigDecimal(max), null, false, List.of());
  }
}
