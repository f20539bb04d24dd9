package gongkai.survey.results;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A satisfaction-scale question (e.g. five-level). {@code countsForRate} says whether its answers
 * enter the satisfaction rate; a tenant may restrict the rate to one overall question.
 */
public record ScaleQuestion(
    QuestionCode code, SatisfactionScale scale, BigDecimal weight, boolean required, boolean countsForRate)
    implements ScoredQuestion {
  public ScaleQuestion {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(scale, "scale");
    weight = ScoredQuestion.positiveWeight(weight, "weight of " + code.value());
  }

  /** A required question of weight 1 on the scale, counted in the satisfaction rate. */
  public static ScaleQuestion of(String code, SatisfactionScale scale) {
    return new ScaleQuestion(new QuestionCode(code), scale, BigDecimal.ONE, true, true);
  }

  @Override
  public int answerCount() {
    return scale.options().size();
  }

  @Override
  public BigDecimal points(int answer) {
    return scale.options().get(answer).points();
  }
}
