package gongkai.survey.results;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A tenant's level bands, on the score (points) or the satisfaction rate (percent) as
 * {@link ResultRules#levelBasis()} says: SATISFIED when {@code satisfied} is reached, else
 * BASICALLY_SATISFIED when {@code basicallySatisfied} is reached, else DISSATISFIED. The value compared
 * is the published one (two decimals), so a unit shown at 80.00 is at 80.
 */
public record LevelThresholds(Threshold satisfied, Threshold basicallySatisfied) {
  public LevelThresholds {
    Objects.requireNonNull(satisfied, "satisfied");
    Objects.requireNonNull(basicallySatisfied, "basicallySatisfied");
    if (satisfied.value().compareTo(basicallySatisfied.value()) < 0) {
      throw new IllegalArgumentException("satisfied threshold below basically-satisfied threshold");
    }
  }

  /** Example bands: satisfied at 80 or more, basically satisfied at 60 or more, both inclusive. */
  public static LevelThresholds inclusive(String satisfiedFrom, String basicallySatisfiedFrom) {
    return new LevelThresholds(Threshold.atLeast(satisfiedFrom), Threshold.atLeast(basicallySatisfiedFrom));
  }

  public SatisfactionLevel levelOf(BigDecimal value) {
    if (satisfied.isReachedBy(value)) return SatisfactionLevel.SATISFIED;
    if (basicallySatisfied.isReachedBy(value)) return SatisfactionLevel.BASICALLY_SATISFIED;
    return SatisfactionLevel.DISSATISFIED;
  }
}
