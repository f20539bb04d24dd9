package gongkai.survey.results;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** One response's score (0-100, two decimals, half-up), present only when the response is scored. */
public record ResponseScore(Validity validity, Optional<BigDecimal> score) {
  public enum Validity {
    SCORED,
    MISSING_REQUIRED_ANSWER,
    NO_SCORED_ANSWER
  }

  public ResponseScore {
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(score, "score");
    if (score.isPresent() != (validity == Validity.SCORED)) throw new IllegalArgumentException("score iff SCORED");
  }
}
