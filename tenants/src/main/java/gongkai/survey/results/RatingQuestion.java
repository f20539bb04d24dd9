package gongkai.survey.results;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A 0-10 rating; rating r earns r x 10 points (0-100), so that it averages with scale questions on
 * the same footing. Ratings do not enter the satisfaction rate (they have no "satisfied" options).
 */
public record RatingQuestion(QuestionCode code, BigDecimal weight, boolean required) implements ScoredQuestion {
  public static final int MAX_RATING = 10;

  public RatingQuestion {
    Objects.requireNonNull(code, "code");
    weight = ScoredQuestion.positiveWeight(weight, "weight of " + code.value());
  }

  public static RatingQuestion of(String code) {
    return new RatingQuestion(new QuestionCode(code), BigDecimal.ONE, true);
  }

  @Override
  public int answerCount() {
    return MAX_RATING + 1;
  }

  @Override
  public BigDecimal points(int answer) {
    if (answer < 0 || answer > MAX_RATING) throw new IllegalArgumentException("rating " + answer);
    return BigDecimal.valueOf(answer * 10L).setScale(Percent.SCALE);
  }
}
