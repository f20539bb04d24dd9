package gongkai.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.survey.results.ResponseScore.Validity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringModelTest {
  static final int U = ScoringModel.UNANSWERED;
  static final SatisfactionScale FIVE = SatisfactionScale.fiveLevel();

  /**
   * Section "content" weight 60: q1 weight 2 (required), q2 weight 1 (optional);
   * section "effect" weight 40: q3, a 0-10 rating (optional).
   */
  static ScoringModel model() {
    return new ScoringModel(List.of(
        new Section("content", new BigDecimal("60"), List.of(
            new ScaleQuestion(new QuestionCode("q1"), FIVE, new BigDecimal("2"), true, true),
            new ScaleQuestion(new QuestionCode("q2"), FIVE, BigDecimal.ONE, false, true))),
        new Section("effect", new BigDecimal("40"), List.of(
            new RatingQuestion(new QuestionCode("q3"), BigDecimal.ONE, false)))));
  }

  @ParameterizedTest(name = "answers {0},{1},{2} -> {3}")
  @CsvSource({
    // content = (2*100 + 60)/3 = 86.67.., effect = 70: 0.6*86.67 + 0.4*70 = 80
    "0, 2,  7, 80.00",
    // q2 skipped: its weight goes to q1 in its own section: 0.6*100 + 0.4*70 = 88
    "0, -1, 7, 88.00",
    // effect left blank: its section weight goes to content: 86.666.. rounded half up
    "0, 2, -1, 86.67",
    "4, 4,  0,  0.00",
    "0, 0, 10, 100.00",
    // content = (2*80 + 40)/3 = 66.66.., 0.6 * that = 40, effect 50 -> 40 + 20
    "1, 3,  5, 60.00",
  })
  void weights_and_renormalisation(int q1, int q2, int q3, String expected) {
    ResponseScore score = model().score(new int[] {q1, q2, q3});

    assertThat(score.validity()).isEqualTo(Validity.SCORED);
    assertThat(score.score()).hasValue(new BigDecimal(expected));
  }

  @ParameterizedTest(name = "answers {0},{1},{2} -> {3}")
  @CsvSource({
    "0, 2,  7, 80.0",
    "0, -1, 7, 88.0",
    // unrounded, unlike the score shown: 86.666...
    "0, 2, -1, 86.66666666666667",
    "1, 3,  5, 60.0",
    // not scored (a required answer missing): 0, which the aggregator never reads
    "-1, 2, 7, 0.0",
  })
  void the_score_kept_with_a_response_for_the_spread_is_the_unrounded_score(int q1, int q2, int q3,
      double expected) {
    assertThat(model().spreadScore(new int[] {q1, q2, q3})).isEqualTo(expected);
    // the compiled scorer the submission path keeps gives the same, response after response
    ResponseScorer scorer = ResponseScorer.of(model());
    assertThat(scorer.spreadScore(new int[] {q1, q2, q3})).isEqualTo(expected);
    assertThat(scorer.spreadScore(new int[] {q1, q2, q3})).isEqualTo(expected);
  }

  @Test
  void a_missing_required_answer_is_not_scored() {
    assertThat(model().score(new int[] {U, 0, 7}))
        .isEqualTo(new ResponseScore(Validity.MISSING_REQUIRED_ANSWER, Optional.empty()));
  }

  @Test
  void a_response_without_any_scored_answer_is_not_scored() {
    ScoringModel allOptional = new ScoringModel(List.of(new Section("s", BigDecimal.ONE, List.of(
        new RatingQuestion(new QuestionCode("r"), BigDecimal.ONE, false)))));

    assertThat(allOptional.score(new int[] {U}).validity()).isEqualTo(Validity.NO_SCORED_ANSWER);
  }

  @ParameterizedTest
  @CsvSource({"0, 0.00", "1, 10.00", "7, 70.00", "10, 100.00"})
  void a_rating_of_r_earns_ten_r_points(int rating, String points) {
    assertThat(RatingQuestion.of("r").points(rating)).isEqualTo(new BigDecimal(points));
  }

  @Test
  void labels_and_points_are_configurable() {
    SatisfactionScale scale = SatisfactionScale.fiveLevel(
        List.of("very satisfied", "satisfied", "fair", "unsatisfied", "very unsatisfied"),
        List.of(new BigDecimal("100"), new BigDecimal("85"), new BigDecimal("70.5"), new BigDecimal("30"),
            BigDecimal.ZERO),
        2);

    assertThat(scale.options().get(2).label()).isEqualTo("fair");
    assertThat(scale.options().get(2).points()).isEqualTo(new BigDecimal("70.50"));
    assertThat(scale.isSatisfied(1)).isTrue();
    assertThat(scale.isSatisfied(2)).isFalse();
  }

  @Test
  void malformed_answers_and_points_are_rejected() {
    assertThatThrownBy(() -> model().score(new int[] {5, 0, 0})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> model().score(new int[] {0, 0})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScaleOption("X", "x", new BigDecimal("80.125")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScaleOption("X", "x", new BigDecimal("101")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
