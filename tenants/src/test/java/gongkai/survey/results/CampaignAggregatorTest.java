package gongkai.survey.results;

import static gongkai.survey.results.EvaluationMode.PUBLIC;
import static gongkai.survey.results.EvaluationMode.REPRESENTATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import gongkai.survey.results.ResultRules.LevelBasis;
import gongkai.survey.results.ResultRules.MissingPartPolicy;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampaignAggregatorTest {
  static final int U = ScoringModel.UNANSWERED;
  static final UnitCode FINANCE = new UnitCode("finance");
  static final UnitCode HEALTH = new UnitCode("health");

  /** One required five-level question: 100/80/60/40/0, satisfied = the first three. */
  static final ScoringModel ONE_QUESTION = new ScoringModel(List.of(new Section("overall", BigDecimal.ONE,
      List.of(ScaleQuestion.of("overall", SatisfactionScale.fiveLevel())))));

  static ResultRules rules(String publicWeight, String panelWeight, MissingPartPolicy missing, LevelBasis basis,
      LevelThresholds thresholds, int minimumPublic) {
    return new ResultRules(PartWeights.of(publicWeight, panelWeight), missing, basis, thresholds, minimumPublic, 0);
  }

  static ResultRules scoreRules() {
    return rules("0.6", "0.4", MissingPartPolicy.USE_PRESENT_PART, LevelBasis.SCORE,
        LevelThresholds.inclusive("80", "60"), 0);
  }

  static UnitResults aggregate(ResultRules rules, int[] publicOptions, int[] panelOptions, boolean[] publicFlags) {
    CampaignAggregator aggregator = new CampaignAggregator(ONE_QUESTION, List.of(FINANCE, HEALTH), rules);
    CampaignAccumulator acc = aggregator.newAccumulator();
    for (int i = 0; i < publicOptions.length; i++) {
      acc.accept(0, PUBLIC, publicFlags != null && publicFlags[i], new int[] {publicOptions[i]});
    }
    for (int option : panelOptions) acc.accept(0, REPRESENTATIVE, false, new int[] {option});
    return aggregator.result(acc).of(FINANCE).orElseThrow();
  }

  /** 3 x 100, 2 x 80, 2 x 60, 1 x 40, 2 x 0: mean 62, satisfied 7 of 10. */
  static final int[] TEN_PUBLIC = {0, 0, 0, 1, 1, 2, 2, 3, 4, 4};

  @Test
  void counts_score_and_rate_of_one_part_with_wilson_interval() {
    PartResult part = aggregate(scoreRules(), TEN_PUBLIC, new int[0], null).allResponses().publicPart();

    assertThat(part.counts()).isEqualTo(new ResponseCounts(10, 10, 0, 0, 0));
    assertThat(part.score()).hasValue(new BigDecimal("62.00"));
    assertThat(part.rate()).hasValueSatisfying(rate -> {
      assertThat(rate.satisfiedAnswers()).isEqualTo(7);
      assertThat(rate.answers()).isEqualTo(10);
      assertThat(rate.percent()).isEqualTo(new BigDecimal("70.00"));
      assertThat(rate.wilson95()).isEqualTo(new Interval(new BigDecimal("39.68"), new BigDecimal("89.22")));
    });
  }

  @Test
  void parts_are_weighted_as_the_tenant_sets() {
    // public 62, panel (100 + 80) / 2 = 90: 0.6 x 62 + 0.4 x 90 = 73.2
    UnitResult result = aggregate(scoreRules(), TEN_PUBLIC, new int[] {0, 1}, null).allResponses();

    assertThat(result.representativePart().score()).hasValue(new BigDecimal("90.00"));
    assertThat(result.score()).hasValue(new BigDecimal("73.20"));
    assertThat(result.level()).hasValue(SatisfactionLevel.BASICALLY_SATISFIED);
    // pooled rate: 7 + 2 satisfied of 12 answers
    assertThat(result.rate().orElseThrow().percent()).isEqualTo(new BigDecimal("75.00"));
    assertThat(result.warnings()).doesNotContain(SampleWarning.PART_MISSING);
  }

  @Test
  void a_missing_part_leaves_the_other_part_alone_when_the_tenant_says_so() {
    UnitResult result = aggregate(scoreRules(), TEN_PUBLIC, new int[0], null).allResponses();

    assertThat(result.score()).hasValue(new BigDecimal("62.00"));
    assertThat(result.level()).hasValue(SatisfactionLevel.BASICALLY_SATISFIED);
    assertThat(result.warnings()).contains(SampleWarning.PART_MISSING);
  }

  @Test
  void a_missing_part_gives_no_score_and_no_level_under_no_score_policy() {
    ResultRules rules = rules("0.6", "0.4", MissingPartPolicy.NO_SCORE, LevelBasis.SCORE,
        LevelThresholds.inclusive("80", "60"), 0);

    UnitResult result = aggregate(rules, TEN_PUBLIC, new int[0], null).allResponses();

    assertThat(result.score()).isEmpty();
    assertThat(result.level()).isEmpty();
    assertThat(result.warnings()).contains(SampleWarning.PART_MISSING, SampleWarning.NO_DATA);
    assertThat(result.publicPart().score()).hasValue(new BigDecimal("62.00"));
  }

  @Test
  void a_part_with_weight_zero_is_not_missing() {
    ResultRules publicOnly = rules("1", "0", MissingPartPolicy.NO_SCORE, LevelBasis.SCORE,
        LevelThresholds.inclusive("80", "60"), 0);

    UnitResult result = aggregate(publicOnly, TEN_PUBLIC, new int[0], null).allResponses();

    assertThat(result.score()).hasValue(new BigDecimal("62.00"));
    assertThat(result.warnings()).doesNotContain(SampleWarning.PART_MISSING);
  }

  @Test
  void invalid_responses_are_counted_as_excluded() {
    CampaignAggregator aggregator = new CampaignAggregator(ONE_QUESTION, List.of(FINANCE), scoreRules());
    CampaignAccumulator acc = aggregator.newAccumulator();
    acc.accept(0, PUBLIC, false, new int[] {0});
    acc.accept(0, PUBLIC, false, new int[] {U}); // the required question is unanswered

    PartResult part = aggregator.result(acc).units().get(0).allResponses().publicPart();

    assertThat(part.counts()).isEqualTo(new ResponseCounts(2, 1, 1, 0, 0));
    assertThat(part.counts().excluded()).isEqualTo(1);
    assertThat(part.score()).hasValue(new BigDecimal("100.00"));
  }

  @Test
  void flagged_responses_count_in_one_figure_and_not_in_the_other() {
    boolean[] flags = {false, false, false, false, false, false, false, false, true, true}; // the two 0s

    UnitResults both = aggregate(scoreRules(), TEN_PUBLIC, new int[0], flags);

    assertThat(both.allResponses().publicPart().counts()).isEqualTo(new ResponseCounts(10, 10, 0, 0, 2));
    assertThat(both.allResponses().score()).hasValue(new BigDecimal("62.00"));
    assertThat(both.excludingFlagged().publicPart().counts()).isEqualTo(new ResponseCounts(10, 8, 0, 2, 2));
    assertThat(both.excludingFlagged().score()).hasValue(new BigDecimal("77.50")); // 620 / 8
    assertThat(both.excludingFlagged().rate().orElseThrow().percent()).isEqualTo(new BigDecimal("87.50"));
  }

  @ParameterizedTest(name = "{0} with {1} -> {2}")
  @CsvSource({
    "80.00, inclusive, SATISFIED",
    "79.99, inclusive, BASICALLY_SATISFIED",
    "80.00, exclusive, BASICALLY_SATISFIED",
    "80.01, exclusive, SATISFIED",
    "60.00, inclusive, BASICALLY_SATISFIED",
    "59.99, inclusive, DISSATISFIED",
    "60.00, exclusive, DISSATISFIED",
    "100.00, inclusive, SATISFIED",
    "0.00, inclusive, DISSATISFIED",
  })
  void levels_exactly_at_their_thresholds(String value, String bounds, SatisfactionLevel expected) {
    boolean inclusive = bounds.equals("inclusive");
    LevelThresholds thresholds = new LevelThresholds(
        new Threshold(new BigDecimal("80"), inclusive), new Threshold(new BigDecimal("60"), inclusive));

    assertThat(thresholds.levelOf(new BigDecimal(value))).isEqualTo(expected);
  }

  @Test
  void a_unit_exactly_at_the_threshold_reaches_the_level() {
    UnitResult result = aggregate(scoreRules(), new int[] {1, 1, 1}, new int[] {1}, null).allResponses();

    assertThat(result.score()).hasValue(new BigDecimal("80.00"));
    assertThat(result.level()).hasValue(SatisfactionLevel.SATISFIED);
  }

  @Test
  void the_level_is_read_from_the_published_two_decimal_score() {
    // options worth 80.00 and 79.99: the exact mean 79.995 is published as 80.00 (half-up)
    SatisfactionScale scale = SatisfactionScale.fiveLevel(List.of("a", "b", "c", "d", "e"),
        List.of(new BigDecimal("80.00"), new BigDecimal("79.99"), BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ZERO),
        3);
    ScoringModel model = new ScoringModel(List.of(new Section("s", BigDecimal.ONE,
        List.of(ScaleQuestion.of("q", scale)))));
    CampaignAggregator aggregator = new CampaignAggregator(model, List.of(FINANCE), scoreRules());
    CampaignAccumulator acc = aggregator.newAccumulator();
    acc.accept(0, PUBLIC, false, new int[] {0});
    acc.accept(0, PUBLIC, false, new int[] {1});
    acc.accept(0, REPRESENTATIVE, false, new int[] {0});
    acc.accept(0, REPRESENTATIVE, false, new int[] {1});

    UnitResult result = aggregator.result(acc).units().get(0).allResponses();

    assertThat(result.score()).hasValue(new BigDecimal("80.00"));
    assertThat(result.level()).hasValue(SatisfactionLevel.SATISFIED);
  }

  @Test
  void rate_basis_reads_the_level_from_the_rate_and_warns_when_wilson_straddles_a_threshold() {
    ResultRules rateRules = rules("1", "0", MissingPartPolicy.USE_PRESENT_PART, LevelBasis.SATISFACTION_RATE,
        LevelThresholds.inclusive("90", "70"), 0);
    int[] nineOfTen = {0, 0, 0, 0, 0, 0, 0, 0, 0, 4};

    UnitResult small = aggregate(rateRules, nineOfTen, new int[0], null).allResponses();

    assertThat(small.rate().orElseThrow().percent()).isEqualTo(new BigDecimal("90.00"));
    assertThat(small.level()).hasValue(SatisfactionLevel.SATISFIED);
    assertThat(small.rate().orElseThrow().wilson95())
        .isEqualTo(new Interval(new BigDecimal("59.58"), new BigDecimal("98.21")));
    assertThat(small.warnings()).containsExactly(SampleWarning.INTERVAL_STRADDLES_THRESHOLD);
    assertThat(small.sampleTooSmallToDecide()).isTrue();
  }

  @Test
  void a_large_clear_sample_decides() {
    ResultRules rateRules = rules("1", "0", MissingPartPolicy.USE_PRESENT_PART, LevelBasis.SATISFACTION_RATE,
        LevelThresholds.inclusive("90", "70"), 30);
    int[] answers = new int[1000];
    for (int i = 950; i < 1000; i++) answers[i] = 4; // 950 of 1000 satisfied: Wilson [93.47, 96.19]

    UnitResult result = aggregate(rateRules, answers, new int[0], null).allResponses();

    assertThat(result.rate().orElseThrow().wilson95())
        .isEqualTo(new Interval(new BigDecimal("93.47"), new BigDecimal("96.19")));
    assertThat(result.level()).hasValue(SatisfactionLevel.SATISFIED);
    assertThat(result.warnings()).isEmpty();
    assertThat(result.sampleTooSmallToDecide()).isFalse();
  }

  @Test
  void fewer_responses_than_the_minimum_is_too_small_to_decide() {
    ResultRules minimum30 = rules("1", "0", MissingPartPolicy.USE_PRESENT_PART, LevelBasis.SCORE,
        LevelThresholds.inclusive("80", "60"), 30);

    UnitResult result = aggregate(minimum30, new int[] {0, 0, 0, 0, 0}, new int[0], null).allResponses();

    assertThat(result.warnings()).containsExactly(SampleWarning.BELOW_MINIMUM_PUBLIC);
    assertThat(result.sampleTooSmallToDecide()).isTrue();
  }

  @Test
  void score_interval_is_unknown_for_a_single_response_and_tight_for_identical_ones() {
    UnitResult one = aggregate(scoreRules(), new int[] {1}, new int[] {1}, null).allResponses();
    UnitResult same = aggregate(scoreRules(), new int[] {0, 0, 0}, new int[] {0, 0}, null).allResponses();

    assertThat(one.scoreInterval()).hasValue(new Interval(new BigDecimal("0.00"), new BigDecimal("100.00")));
    assertThat(one.warnings()).contains(SampleWarning.INTERVAL_STRADDLES_THRESHOLD);
    assertThat(same.scoreInterval()).hasValue(new Interval(new BigDecimal("100.00"), new BigDecimal("100.00")));
    assertThat(same.warnings()).isEmpty();
  }

  @Test
  void a_unit_without_responses_has_no_level() {
    UnitResult result = aggregate(scoreRules(), new int[0], new int[0], null).allResponses();

    assertThat(result.score()).isEmpty();
    assertThat(result.rate()).isEmpty();
    assertThat(result.level()).isEmpty();
    assertThat(result.warnings()).contains(SampleWarning.NO_DATA, SampleWarning.PART_MISSING);
  }

  @Test
  void units_are_kept_apart() {
    CampaignAggregator aggregator = new CampaignAggregator(ONE_QUESTION, List.of(FINANCE, HEALTH), scoreRules());
    CampaignAccumulator acc = aggregator.newAccumulator();
    acc.accept(aggregator.indexOf(FINANCE), PUBLIC, false, new int[] {0});
    acc.accept(aggregator.indexOf(HEALTH), PUBLIC, false, new int[] {4});

    CampaignResult result = aggregator.result(acc);

    assertThat(result.of(FINANCE).orElseThrow().allResponses().score()).hasValue(new BigDecimal("100.00"));
    assertThat(result.of(HEALTH).orElseThrow().allResponses().score()).hasValue(new BigDecimal("0.00"));
  }
}
