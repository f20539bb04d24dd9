package gongkai.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one unit scored and what happened to it, in the shape of the what-if preview's {@code input} (issue 3).
 * Any field may be absent (null becomes empty). The engine, not this record, checks the values against the scheme.
 *
 * @param componentScores  a component's score given directly (0 to its maximum), standing in for its computation
 * @param indicatorScores  leaf indicator scores; each goes to the component whose tree holds the code
 * @param periods          the scored periods of the scheme's periodic component
 * @param bonuses          bonus occurrences, by rule code
 * @param deductions       deduction incidents, one per element, by rule code
 * @param vetoes           codes of veto rules that apply
 * @param satisfactionRate public satisfaction rate 0..1, for grade conditions
 */
public record ScoringInput(
    Map<String, BigDecimal> componentScores,
    Map<String, BigDecimal> indicatorScores,
    List<PeriodInput> periods,
    List<BonusClaim> bonuses,
    List<DeductionClaim> deductions,
    List<String> vetoes,
    BigDecimal satisfactionRate) {

  public ScoringInput {
    componentScores = copy(componentScores);
    indicatorScores = ScoreMap.copyOf(indicatorScores);
    periods = listOrEmpty(periods);
    bonuses = listOrEmpty(bonuses);
    deductions = listOrEmpty(deductions);
    vetoes = listOrEmpty(vetoes);
  }

  public static ScoringInput empty() {
    return new ScoringInput(null, null, null, null, null, null, null);
  }

  // Keeps the caller's order and tolerates null values, which the engine reports with their path.
  static <K, V> Map<K, V> copy(Map<K, V> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  static <T> List<T> listOrEmpty(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(list));
  }

  public ScoringInput withComponentScores(Map<String, BigDecimal> scores) {
    return new ScoringInput(scores, indicatorScores, periods, bonuses, deductions, vetoes, satisfactionRate);
  }

  public ScoringInput withIndicatorScores(Map<String, BigDecimal> scores) {
    return new ScoringInput(componentScores, scores, periods, bonuses, deductions, vetoes, satisfactionRate);
  }

  public ScoringInput withPeriods(List<PeriodInput> periods) {
    return new ScoringInput(componentScores, indicatorScores, periods, bonuses, deductions, vetoes, satisfactionRate);
  }

  public ScoringInput withBonuses(List<BonusClaim> bonuses) {
    return new ScoringInput(componentScores, indicatorScores, periods, bonuses, deductions, vetoes, satisfactionRate);
  }

  public ScoringInput withDeductions(List<DeductionClaim> deductions) {
    return new ScoringInput(componentScores, indicatorScores, periods, bonuses, deductions, vetoes, satisfactionRate);
  }

  public ScoringInput withVetoes(List<String> vetoes) {
    return new ScoringInput(componentScores, indicatorScores, periods, bonuses, deductions, vetoes, satisfactionRate);
  }

  public ScoringInput withSatisfactionRate(BigDecimal rate) {
    return new ScoringInput(componentScores, indicatorScores, periods, bonuses, deductions, vetoes, rate);
  }
}
