package gongkai.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One period's scores and events, e.g. {@code {"period": "2024-01", "indicatorScores": {...}, "bonuses": [...],
 * "deductions": [...]}}.
 *
 * @param period the period id in the form of the scheme's {@link Granularity}
 */
public record PeriodInput(
    String period,
    Map<String, BigDecimal> indicatorScores,
    List<BonusClaim> bonuses,
    List<DeductionClaim> deductions) {

  public PeriodInput {
    indicatorScores = ScoreMap.copyOf(indicatorScores);
    bonuses = ScoringInput.listOrEmpty(bonuses);
    deductions = ScoringInput.listOrEmpty(deductions);
  }
}
