package gongkai.survey.results;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One part (public or representative) of one unit's result.
 *
 * @param score the mean of the counted responses' exact scores, rounded once (two decimals, half-up)
 * @param scoreInterval a 95% normal interval of that mean (z * s / sqrt(n), s the sample standard
 *     deviation), clipped to 0-100; 0-100 when fewer than two responses
 * @param rate satisfaction rate with its Wilson interval; empty when no rate answer was counted
 */
public record PartResult(
    EvaluationMode mode,
    ResponseCounts counts,
    Optional<BigDecimal> score,
    Optional<Interval> scoreInterval,
    Optional<SatisfactionRate> rate) {}
