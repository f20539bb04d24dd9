package gongkai.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gongkai.survey.results.ResultRules.LevelBasis;
import gongkai.survey.results.ResultRules.MissingPartPolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The database sums responses by unit, part, answered set and flag (issue 5: a million responses in under 2 s);
 * {@link CampaignAccumulator#acceptTotals} must give exactly what accepting each response gives.
 */
class GroupedTotalsTest {

  static final SatisfactionScale FIVE = SatisfactionScale.fiveLevel();
  static final ScoringModel MODEL = new ScoringModel(List.of(
      new Section("content", new BigDecimal("3"), List.of(
          new ScaleQuestion(new QuestionCode("a"), FIVE, new BigDecimal("2"), true, true),
          new ScaleQuestion(new QuestionCode("b"), FIVE, BigDecimal.ONE, false, true))),
      new Section("effect", new BigDecimal("1.5"), List.of(
          new ScaleQuestion(new QuestionCode("c"), FIVE, BigDecimal.ONE, false, true),
          new RatingQuestion(new QuestionCode("r"), new BigDecimal("0.5"), false)))));
  static final List<UnitCode> UNITS = List.of(new UnitCode("u0"), new UnitCode("u1"), new UnitCode("u2"));

  record Key(int unit, EvaluationMode mode, long mask, boolean flagged) {}

  static final class Totals {
    long n;
    double sum;
    double squares;
    final long[][] counts = new long[4][];

    Totals() {
      for (int q = 0; q < 4; q++) counts[q] = new long[MODEL.questions().get(q).answerCount()];
    }
  }

  @RepeatedTest(20)
  void totals_per_group_aggregate_exactly_like_each_response(org.junit.jupiter.api.RepetitionInfo repetition) {
    SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
    ResultRules rules = new ResultRules(PartWeights.of("0.6", "0.4"), MissingPartPolicy.USE_PRESENT_PART,
        random.nextBoolean() ? LevelBasis.SCORE : LevelBasis.SATISFACTION_RATE, LevelThresholds.inclusive("80", "60"),
        5, 2);
    CampaignAggregator aggregator = new CampaignAggregator(MODEL, UNITS, rules);
    CampaignAccumulator one = aggregator.newAccumulator();
    Map<Key, Totals> groups = new HashMap<>();
    int responses = 1 + random.nextInt(400);
    for (int i = 0; i < responses; i++) {
      int unit = random.nextInt(UNITS.size());
      EvaluationMode mode = random.nextInt(5) == 0 ? EvaluationMode.REPRESENTATIVE : EvaluationMode.PUBLIC;
      boolean flagged = random.nextInt(6) == 0;
      int[] answers = new int[4];
      long mask = 0;
      for (int q = 0; q < 4; q++) {
        boolean skip = q > 0 && random.nextInt(4) == 0 || q == 0 && random.nextInt(30) == 0; // some invalid
        answers[q] = skip ? ScoringModel.UNANSWERED : random.nextInt(MODEL.questions().get(q).answerCount());
        if (!skip) mask |= 1L << q;
      }
      one.accept(unit, mode, flagged, answers);
      Totals t = groups.computeIfAbsent(new Key(unit, mode, mask, flagged), k -> new Totals());
      t.n++;
      ResponseScore score = MODEL.score(answers);
      double s = score.score().map(BigDecimal::doubleValue).orElse(0.0);
      t.sum += s;
      t.squares += s * s;
      for (int q = 0; q < 4; q++) if (answers[q] != ScoringModel.UNANSWERED) t.counts[q][answers[q]]++;
    }
    CampaignAccumulator grouped = aggregator.newAccumulator();
    groups.forEach((k, t) -> grouped.acceptTotals(k.unit(), k.mode(), k.flagged(), k.mask(), t.n, t.counts, t.sum,
        t.squares));

    CampaignResult expected = aggregator.result(one);
    CampaignResult actual = aggregator.result(grouped);
    for (int u = 0; u < UNITS.size(); u++) {
      for (boolean clean : new boolean[] {false, true}) {
        UnitResult e = clean ? expected.units().get(u).excludingFlagged() : expected.units().get(u).allResponses();
        UnitResult a = clean ? actual.units().get(u).excludingFlagged() : actual.units().get(u).allResponses();
        assertThat(a.score()).isEqualTo(e.score());
        assertThat(a.rate()).isEqualTo(e.rate());
        assertThat(a.level()).isEqualTo(e.level());
        assertThat(a.publicPart().counts()).isEqualTo(e.publicPart().counts());
        assertThat(a.representativePart().counts()).isEqualTo(e.representativePart().counts());
        assertThat(a.publicPart().score()).isEqualTo(e.publicPart().score());
        // The interval is statistics from per-response doubles (here the rounded scores): equal to the hundredth.
        if (e.scoreInterval().isPresent()) {
          assertThat(a.scoreInterval().orElseThrow().lower().doubleValue())
              .isCloseTo(e.scoreInterval().orElseThrow().lower().doubleValue(), within(0.02));
          assertThat(a.scoreInterval().orElseThrow().upper().doubleValue())
              .isCloseTo(e.scoreInterval().orElseThrow().upper().doubleValue(), within(0.02));
        }
      }
    }
  }

  @Test
  void own_flags_are_those_the_checks_give_a_response_alone() {
    QualityRules rules = new QualityRules(10, Duration.ofMinutes(10), 3, Duration.ofSeconds(1));
    Instant now = Instant.parse("2026-11-22T00:00:00Z");
    ResponseFacts straight = new ResponseFacts(new ResponseId(1), UNITS.get(0), "h", now.minusSeconds(2), now,
        new int[] {1, 1, 1, 7});
    ResponseFacts varied = new ResponseFacts(new ResponseId(2), UNITS.get(0), "h", now.minusSeconds(60), now,
        new int[] {0, 1, 2, 7});
    ResponseFacts few = new ResponseFacts(new ResponseId(3), UNITS.get(0), null, null, now,
        new int[] {1, 1, ScoringModel.UNANSWERED, ScoringModel.UNANSWERED});
    for (ResponseFacts r : List.of(straight, varied, few)) {
      assertThat(QualityChecks.ownFlags(MODEL, r, rules)).as("response %s", r.id())
          .isEqualTo(QualityChecks.flag(MODEL, List.of(r), rules).getOrDefault(r.id(), Set.of()));
    }
    assertThat(QualityChecks.ownFlags(MODEL, straight, rules))
        .containsExactlyInAnyOrder(QualityFlag.TOO_FAST, QualityFlag.STRAIGHT_LINING);
    assertThat(QualityChecks.comparesPattern(MODEL, varied, rules)).isTrue();
    assertThat(QualityChecks.comparesPattern(MODEL, straight, rules)).as("straight-lined").isFalse();
    assertThat(QualityChecks.comparesPattern(MODEL, few, rules)).as("too few answers").isFalse();
    List<ResponseFacts> twins = new ArrayList<>(List.of(varied,
        new ResponseFacts(new ResponseId(4), UNITS.get(0), "g", null, now, new int[] {0, 1, 2, 7})));
    assertThat(QualityChecks.flag(MODEL, twins, rules).get(new ResponseId(4))).contains(QualityFlag.DUPLICATE_PATTERN);
  }
}
