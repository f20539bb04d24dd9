package gongkai.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class AggregationPropertiesTest {
  static final ScoringModel MODEL = ScoringModelTest.model(); // q1 required scale, q2 optional scale, q3 optional rating

  @Provide
  Arbitrary<List<int[]>> responses() {
    Arbitrary<int[]> one = Combinators.combine(
        Arbitraries.integers().between(-1, 4), // q1 may be missing: such responses are excluded
        Arbitraries.integers().between(-1, 4),
        Arbitraries.integers().between(-1, 10)).as((a, b, c) -> new int[] {a, b, c});
    return one.list().ofMinSize(0).ofMaxSize(60);
  }

  @Property
  void unit_score_is_the_exact_mean_of_the_response_scores_rounded_once(@ForAll("responses") List<int[]> responses) {
    CampaignAggregator aggregator = new CampaignAggregator(MODEL, List.of(new UnitCode("u")),
        CampaignAggregatorTest.scoreRules());
    CampaignAccumulator acc = aggregator.newAccumulator();
    CompiledModel compiled = CompiledModel.of(MODEL);
    Ratio sum = Ratio.ZERO;
    int scored = 0;
    for (int[] r : responses) {
      acc.accept(0, EvaluationMode.PUBLIC, false, r);
      long mask = compiled.answeredMask(r);
      if (compiled.validity(mask) == ResponseScore.Validity.SCORED) {
        sum = sum.plus(ScoringModel.exactScore(compiled, mask, r));
        scored++;
      }
    }

    PartResult part = aggregator.result(acc).units().get(0).allResponses().publicPart();

    assertThat(part.counts().counted()).isEqualTo(scored);
    assertThat(part.counts().total()).isEqualTo(responses.size());
    if (scored > 0) {
      assertThat(part.score()).hasValue(Percent.round(sum.dividedBy(Ratio.of(scored, 1))));
    } else {
      assertThat(part.score()).isEmpty();
    }
  }

  @Property
  void merging_partial_accumulators_equals_one_pass(
      @ForAll("responses") List<int[]> responses, @ForAll @IntRange(min = 0, max = 60) int split) {
    CampaignAggregator aggregator = new CampaignAggregator(MODEL, List.of(new UnitCode("u")),
        CampaignAggregatorTest.scoreRules());
    CampaignAccumulator whole = aggregator.newAccumulator();
    CampaignAccumulator left = aggregator.newAccumulator();
    CampaignAccumulator right = aggregator.newAccumulator();
    for (int i = 0; i < responses.size(); i++) {
      EvaluationMode mode = i % 3 == 0 ? EvaluationMode.REPRESENTATIVE : EvaluationMode.PUBLIC;
      boolean flagged = i % 5 == 0;
      whole.accept(0, mode, flagged, responses.get(i));
      (i < split ? left : right).accept(0, mode, flagged, responses.get(i));
    }
    left.merge(right);

    UnitResults a = aggregator.result(whole).units().get(0);
    UnitResults b = aggregator.result(left).units().get(0);

    for (var pair : List.of(List.of(a.allResponses(), b.allResponses()),
        List.of(a.excludingFlagged(), b.excludingFlagged()))) {
      UnitResult x = pair.get(0);
      UnitResult y = pair.get(1);
      assertThat(y.score()).isEqualTo(x.score());
      assertThat(y.rate()).isEqualTo(x.rate());
      assertThat(y.level()).isEqualTo(x.level());
      assertThat(y.publicPart().counts()).isEqualTo(x.publicPart().counts());
      assertThat(y.representativePart().counts()).isEqualTo(x.representativePart().counts());
      // the interval comes from a double variance; merge order may move its last bit
      x.scoreInterval().ifPresent(i -> assertThat(y.scoreInterval().orElseThrow().lower())
          .isCloseTo(i.lower(), org.assertj.core.data.Offset.offset(new java.math.BigDecimal("0.01"))));
    }
  }
}
