package gongkai.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QualityChecksTest {
  static final SatisfactionScale FIVE = SatisfactionScale.fiveLevel();
  /** Four scale questions and one rating. */
  static final ScoringModel MODEL = new ScoringModel(List.of(new Section("s", BigDecimal.ONE, List.of(
      ScaleQuestion.of("a", FIVE), ScaleQuestion.of("b", FIVE), ScaleQuestion.of("c", FIVE),
      ScaleQuestion.of("d", FIVE), RatingQuestion.of("r")))));
  /** 5 in 10 minutes is a burst; patterns over at least 4 answers; 3 s per question. */
  static final QualityRules RULES = new QualityRules(5, Duration.ofMinutes(10), 4, Duration.ofSeconds(3));
  static final Instant T0 = Instant.parse("2025-06-01T08:00:00Z");
  static final UnitCode UNIT = new UnitCode("finance");

  static int next = 1;

  static ResponseFacts response(String address, Duration at, Duration taken, int... answers) {
    Instant submitted = T0.plus(at);
    return new ResponseFacts(new ResponseId(next++), UNIT, address, submitted.minus(taken), submitted, answers);
  }

  static final Duration SLOW = Duration.ofMinutes(2);

  @Test
  void five_responses_from_one_address_within_ten_minutes_are_a_burst() {
    List<ResponseFacts> rs = new ArrayList<>();
    for (int i = 0; i < 5; i++) rs.add(response("h1", Duration.ofMinutes(2L * i + 1), SLOW, 0, 1, 2, 1, 7 + i % 3));
    ResponseFacts otherAddress = response("h2", Duration.ofMinutes(3), SLOW, 0, 1, 3, 1, 8);
    rs.add(otherAddress);

    Map<ResponseId, Set<QualityFlag>> flags = QualityChecks.flag(MODEL, rs, RULES);

    // minutes 1, 3, 5, 7, 9: the span is 8 minutes, within 10
    for (int i = 0; i < 5; i++) assertThat(flags.get(rs.get(i).id())).contains(QualityFlag.ADDRESS_BURST);
    assertThat(flags).doesNotContainKey(otherAddress.id());
  }

  @Test
  void the_same_number_spread_wider_than_the_window_is_no_burst() {
    List<ResponseFacts> rs = new ArrayList<>();
    // minutes 0, 3, 6, 9, 12: any five span 12 minutes; four within 10 is below the burst size
    for (int i = 0; i < 5; i++) rs.add(response("h1", Duration.ofMinutes(3L * i), SLOW, 0, 1, 2, i % 5, 5 + i));

    assertThat(QualityChecks.flag(MODEL, rs, RULES)).isEmpty();
  }

  @Test
  void a_window_exactly_as_long_as_the_limit_is_a_burst() {
    List<ResponseFacts> rs = new ArrayList<>();
    for (int i = 0; i < 5; i++) rs.add(response("h1", Duration.ofSeconds(150L * i), SLOW, 0, 1, 2, i % 5, 5 + i));

    assertThat(QualityChecks.flag(MODEL, rs, RULES)).hasSize(5); // 0 .. 600 s inclusive
  }

  @Test
  void straight_lining_is_flagged_and_not_also_as_duplicate() {
    ResponseFacts allSatisfied = response(null, Duration.ZERO, SLOW, 0, 0, 0, 0, 9);
    ResponseFacts again = response(null, Duration.ofHours(1), SLOW, 0, 0, 0, 0, 9);
    ResponseFacts varied = response(null, Duration.ofHours(2), SLOW, 0, 0, 1, 0, 9);

    Map<ResponseId, Set<QualityFlag>> flags = QualityChecks.flag(MODEL, List.of(allSatisfied, again, varied), RULES);

    assertThat(flags.get(allSatisfied.id())).containsExactly(QualityFlag.STRAIGHT_LINING);
    assertThat(flags.get(again.id())).containsExactly(QualityFlag.STRAIGHT_LINING);
    assertThat(flags).doesNotContainKey(varied.id());
  }

  @Test
  void identical_answers_to_the_same_unit_are_flagged_as_duplicates() {
    ResponseFacts first = response("h1", Duration.ZERO, SLOW, 0, 1, 2, 1, 6);
    ResponseFacts copy = response("h2", Duration.ofHours(5), SLOW, 0, 1, 2, 1, 6);
    ResponseFacts differentRating = response("h3", Duration.ofHours(6), SLOW, 0, 1, 2, 1, 7);
    ResponseFacts otherUnit = new ResponseFacts(new ResponseId(next++), new UnitCode("health"), "h4",
        T0.minus(SLOW), T0, new int[] {0, 1, 2, 1, 6});

    Map<ResponseId, Set<QualityFlag>> flags =
        QualityChecks.flag(MODEL, List.of(first, copy, differentRating, otherUnit), RULES);

    assertThat(flags.keySet()).containsExactly(first.id(), copy.id());
    assertThat(flags.get(copy.id())).containsExactly(QualityFlag.DUPLICATE_PATTERN);
  }

  @Test
  void patterns_are_not_looked_for_in_short_responses() {
    ResponseFacts a = response(null, Duration.ZERO, SLOW, 0, 0, -1, -1, -1);
    ResponseFacts b = response(null, Duration.ofHours(1), SLOW, 0, 0, -1, -1, -1);

    assertThat(QualityChecks.flag(MODEL, List.of(a, b), RULES)).isEmpty();
  }

  @Test
  void faster_than_three_seconds_per_answered_question_is_too_fast() {
    ResponseFacts tooFast = response(null, Duration.ZERO, Duration.ofSeconds(14), 0, 1, 2, 3, 4); // 5 x 3 = 15 s
    ResponseFacts justInTime = response(null, Duration.ofHours(1), Duration.ofSeconds(15), 1, 1, 2, 3, 4);
    ResponseFacts noStart = new ResponseFacts(new ResponseId(next++), UNIT, null, null, T0, new int[] {2, 1, 2, 3, 4});

    Map<ResponseId, Set<QualityFlag>> flags = QualityChecks.flag(MODEL, List.of(tooFast, justInTime, noStart), RULES);

    assertThat(flags).containsOnlyKeys(tooFast.id());
    assertThat(flags.get(tooFast.id())).containsExactly(QualityFlag.TOO_FAST);
  }

  @Test
  void flags_accumulate_and_nothing_is_removed() {
    List<ResponseFacts> rs = new ArrayList<>();
    for (int i = 0; i < 6; i++) rs.add(response("bot", Duration.ofSeconds(i), Duration.ofSeconds(1), 0, 0, 0, 0, 10));

    Map<ResponseId, Set<QualityFlag>> flags = QualityChecks.flag(MODEL, rs, RULES);

    assertThat(rs).hasSize(6);
    assertThat(flags).hasSize(6);
    assertThat(flags.values()).allSatisfy(f -> assertThat(f)
        .containsExactlyInAnyOrder(QualityFlag.ADDRESS_BURST, QualityFlag.STRAIGHT_LINING, QualityFlag.TOO_FAST));
  }
}
