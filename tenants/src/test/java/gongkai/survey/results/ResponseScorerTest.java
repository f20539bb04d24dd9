package gongkai.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ResponseScorerTest {
  static final SatisfactionScale FIVE = SatisfactionScale.fiveLevel();

  /** Weights without a common short decimal (thirds, sevenths, elevenths appear), most questions optional. */
  static ScoringModel uneven() {
    return new ScoringModel(List.of(
        new Section("content", new BigDecimal("35"), List.of(
            new ScaleQuestion(new QuestionCode("a"), FIVE, new BigDecimal("3"), true, true),
            new ScaleQuestion(new QuestionCode("b"), FIVE, new BigDecimal("7"), false, true),
            new ScaleQuestion(new QuestionCode("c"), FIVE, new BigDecimal("1.5"), false, true))),
        new Section("timeliness", new BigDecimal("22"), List.of(
            new ScaleQuestion(new QuestionCode("d"), FIVE, new BigDecimal("11"), false, true),
            new RatingQuestion(new QuestionCode("e"), new BigDecimal("0.25"), false))),
        new Section("effect", new BigDecimal("43"), List.of(
            new RatingQuestion(new QuestionCode("f"), BigDecimal.ONE, false),
            new ScaleQuestion(new QuestionCode("g"), FIVE, new BigDecimal("13"), false, true)))));
  }

  @Test
  void the_scorer_gives_exactly_the_models_score_for_every_set_of_answered_questions() {
    for (ScoringModel model : List.of(uneven(), ScoringModelTest.model())) {
      ResponseScorer scorer = ResponseScorer.of(model);
      List<ScoredQuestion> questions = model.questions();
      Random random = new Random(42);
      for (int i = 0; i < 20_000; i++) {
        int[] answers = new int[questions.size()];
        for (int q = 0; q < answers.length; q++) {
          answers[q] = random.nextInt(4) == 0 ? ScoringModel.UNANSWERED : random.nextInt(questions.get(q).answerCount());
        }
        assertThat(scorer.spreadScore(answers)).as(java.util.Arrays.toString(answers))
            .isEqualTo(model.spreadScore(answers));
      }
    }
  }

  @Test
  void a_response_that_cannot_be_scored_counts_zero_as_in_the_model() {
    ScoringModel model = uneven();
    int u = ScoringModel.UNANSWERED;
    assertThat(ResponseScorer.of(model).spreadScore(new int[] {u, 1, 2, 3, 4, 5, 0})).isZero(); // required a missing
    assertThat(model.spreadScore(new int[] {u, 1, 2, 3, 4, 5, 0})).isZero();
  }
}
