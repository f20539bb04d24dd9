package gongkai.survey.results;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * One unit's social-evaluation result under one treatment of flagged responses.
 *
 * @param score the parts' scores weighted by the tenant's part weights, from the exact means,
 *     rounded once
 * @param rate the satisfaction rate of both parts' answers pooled
 * @param level the level on the tenant's basis; empty when there is nothing to read it from
 */
public record UnitResult(
    PartResult publicPart,
    PartResult representativePart,
    Optional<BigDecimal> score,
    Optional<Interval> scoreInterval,
    Optional<SatisfactionRate> rate,
    Optional<SatisfactionLevel> level,
    Set<SampleWarning> warnings) {
  public UnitResult {
    warnings = Set.copyOf(warnings);
  }

  /** True when the tenant should not rely on the level: too few responses or an undecided interval. */
  public boolean sampleTooSmallToDecide() {
    return warnings.stream().anyMatch(SampleWarning.UNDECIDED::contains);
  }

  public PartResult part(EvaluationMode mode) {
    return mode == EvaluationMode.PUBLIC ? publicPart : representativePart;
  }
}
