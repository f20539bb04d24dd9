package gongkai.survey.results;

import java.util.Objects;

/**
 * A tenant's rules for turning a campaign's responses into results.
 *
 * @param partWeights weights of the public and representative parts in the unit's score
 * @param missingPart what the unit's score is when an expected part (weight > 0) has no counted
 *     response: {@link MissingPartPolicy#USE_PRESENT_PART} takes the other part alone (its weight
 *     renormalised to 1), {@link MissingPartPolicy#NO_SCORE} gives no score and no level; either
 *     way the result carries {@link SampleWarning#PART_MISSING}
 * @param levelBasis whether the level is read from the combined score or from the pooled
 *     satisfaction rate
 * @param thresholds the level bands on that basis
 * @param minimumPublicResponses below this many counted public responses the result warns
 * @param minimumRepresentativeResponses likewise for the representative panel
 */
public record ResultRules(
    PartWeights partWeights,
    MissingPartPolicy missingPart,
    LevelBasis levelBasis,
    LevelThresholds thresholds,
    int minimumPublicResponses,
    int minimumRepresentativeResponses) {
  public enum MissingPartPolicy {
    USE_PRESENT_PART,
    NO_SCORE
  }

  public enum LevelBasis {
    /** The combined 0-100 score; the warning interval is the normal interval of the mean. */
    SCORE,
    /** The satisfaction rate of both parts' answers pooled, in percent; the interval is Wilson's. */
    SATISFACTION_RATE
  }

  public ResultRules {
    Objects.requireNonNull(partWeights, "partWeights");
    Objects.requireNonNull(missingPart, "missingPart");
    Objects.requireNonNull(levelBasis, "levelBasis");
    Objects.requireNonNull(thresholds, "thresholds");
    if (minimumPublicResponses < 0 || minimumRepresentativeResponses < 0) {
      throw new IllegalArgumentException("negative minimum");
    }
  }

  public int minimumResponses(EvaluationMode mode) {
    return mode == EvaluationMode.PUBLIC ? minimumPublicResponses : minimumRepresentativeResponses;
  }
}
