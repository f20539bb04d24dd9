package gongkai.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Short ways to write inputs in tests. */
final class Inputs {

  private Inputs() {}

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** {@code scores("a", "1.5", "b", "2")} as an ordered map. */
  static Map<String, BigDecimal> scores(String... codesAndPoints) {
    Map<String, BigDecimal> map = new LinkedHashMap<>();
    for (int i = 0; i < codesAndPoints.length; i += 2) {
      map.put(codesAndPoints[i], d(codesAndPoints[i + 1]));
    }
    return map;
  }

  static ScoringInput components(String... codesAndPoints) {
    return ScoringInput.empty().withComponentScores(scores(codesAndPoints));
  }

  static ScoringInput indicators(String... codesAndPoints) {
    return ScoringInput.empty().withIndicatorScores(scores(codesAndPoints));
  }

  static BonusClaim bonus(String code, int count) {
    return new BonusClaim(code, count);
  }

  static DeductionClaim deduction(String code, String points) {
    return new DeductionClaim(code, d(points));
  }

  static List<BonusClaim> bonuses(BonusClaim... claims) {
    return new ArrayList<>(List.of(claims));
  }

  static List<DeductionClaim> deductions(DeductionClaim... claims) {
    return new ArrayList<>(List.of(claims));
  }

  static PeriodInput period(String id, Map<String, BigDecimal> scores, List<BonusClaim> bonuses,
      List<DeductionClaim> deductions) {
    return new PeriodInput(id, scores, bonuses, deductions);
  }

  static PeriodInput period(String id, Map<String, BigDecimal> scores) {
    return new PeriodInput(id, scores, null, null);
  }
}
