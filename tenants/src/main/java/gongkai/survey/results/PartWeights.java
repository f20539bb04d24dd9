package gongkai.survey.results;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How the public and the representative parts combine into the unit's score, e.g. 0.6 / 0.4. Each in
 * [0, 1], summing to exactly 1. A part with weight 0 is not expected and never "missing".
 */
public record PartWeights(BigDecimal publicWeight, BigDecimal representativeWeight) {
  public PartWeights {
    Objects.requireNonNull(publicWeight, "publicWeight");
    Objects.requireNonNull(representativeWeight, "representativeWeight");
    if (publicWeight.signum() < 0 || representativeWeight.signum() < 0
        || publicWeight.add(representativeWeight).compareTo(BigDecimal.ONE) != 0) {
      throw new IllegalArgumentException("part weights must be >= 0 and sum to 1: "
          + publicWeight + " + " + representativeWeight);
    }
  }

  public static PartWeights of(String publicWeight, String representativeWeight) {
    return new PartWeights(new BigDecimal(publicWeight), new BigDecimal(representativeWeight));
  }

  public BigDecimal of(EvaluationMode mode) {
    return mode == EvaluationMode.PUBLIC ? publicWeight : representativeWeight;
  }
}
