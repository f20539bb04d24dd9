package gongkai.survey.results;

import java.util.EnumSet;
import java.util.Set;

/** Why a unit's result should be read with care. */
public enum SampleWarning {
  /** An expected part (weight > 0) has no counted response. */
  PART_MISSING,
  /** A part has fewer counted public responses than the tenant's minimum. */
  BELOW_MINIMUM_PUBLIC,
  /** A part has fewer counted representative responses than the tenant's minimum. */
  BELOW_MINIMUM_REPRESENTATIVE,
  /** The 95% interval's ends fall in different levels: the sample cannot decide the level. */
  INTERVAL_STRADDLES_THRESHOLD,
  /** Nothing to read a level from. */
  NO_DATA;

  /** The warnings that mean "sample too small to decide". */
  public static final Set<SampleWarning> UNDECIDED =
      EnumSet.of(BELOW_MINIMUM_PUBLIC, BELOW_MINIMUM_REPRESENTATIVE, INTERVAL_STRADDLES_THRESHOLD, NO_DATA);
}
