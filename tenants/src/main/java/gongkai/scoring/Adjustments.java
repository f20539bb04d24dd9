package gongkai.scoring;

import static gongkai.scoring.ExplanationLine.Kind.BONUS;
import static gongkai.scoring.ExplanationLine.Kind.CAP;
import static gongkai.scoring.ExplanationLine.Kind.DEDUCTION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bonuses and deductions with their per-rule and overall caps, for a scheme or for one period of a periodic
 * component. Rules apply in the scheme's order, whatever the order of the claims.
 */
final class Adjustments {

  private final List<BonusRule> bonusRules;
  private final Map<String, Integer> bonusIndex = new HashMap<>();
  private final Points bonusCap;
  private final List<DeductionRule> deductionRules;
  private final Map<String, Integer> deductionIndex = new HashMap<>();
  private final Points deductionCap;

  Adjustments(List<BonusRule> bonusRules, java.math.BigDecimal bonusCap, List<DeductionRule> deductionRules,
      java.math.BigDecimal deductionCap) {
    this.bonusRules = bonusRules;
    this.deductionRules = deductionRules;
    this.bonusCap = bonusCap == null ? null : new Points(bonusCap);
    this.deductionCap = deductionCap == null ? null : new Points(deductionCap);
    for (int i = 0; i < bonusRules.size(); i++) {
      bonusIndex.put(bonusRules.get(i).code(), i);
    }
    for (int i = 0; i < deductionRules.size(); i++) {
      deductionIndex.put(deductionRules.get(i).code(), i);
    }
  }

  /**
   * @param field  the input path of the claims, e.g. {@code input.bonuses}
   * @param prefix put before each explanation text, e.g. the period id
   */
  Points bonuses(List<BonusClaim> claims, String field, String prefix, Explanation explanation) {
    if (claims.isEmpty()) {
      return Points.ZERO;
    }
    long[] counts = new long[bonusRules.size()];
    for (int i = 0; i < claims.size(); i++) {
      BonusClaim claim = claims.get(i);
      String path = field + "[" + i + "]";
      if (claim == null) {
        throw new InvalidScoringInputException(path, "is empty");
      }
      Integer rule = bonusIndex.get(claim.code());
      if (rule == null) {
        throw new InvalidScoringInputException(path + ".code", unknown("bonus rule", claim.code(), bonusIndex));
      }
      if (claim.count() < 1) {
        throw new InvalidScoringInputException(path + ".count", "must be 1 or more, is " + claim.count());
      }
      counts[rule] += claim.count();
    }
    Points sum = Points.ZERO;
    for (int r = 0; r < counts.length; r++) {
      if (counts[r] > 0) {
        sum = sum.plus(bonus(bonusRules.get(r), counts[r], prefix, explanation));
      }
    }
    return capAll(sum, bonusCap, "bonusCap", "bonuses", prefix, explanation);
  }

  private static Points bonus(BonusRule rule, long count, String prefix, Explanation explanation) {
    Points each = new Points(rule.pointsPerOccurrence());
    Points raw = each.times(count);
    String text = prefix + rule.code() + ": " + count + " x " + each + " = " + raw;
    if (rule.cap() != null && raw.exceeds(new Points(rule.cap()))) {
      Points capped = new Points(rule.cap());
      explanation.add(BONUS, rule.code(), text + ", capped at " + capped + " by the rule: +" + capped,
          "bonus.capped", prefix.strip(), rule.code(), count, each, raw, capped);
      return capped;
    }
    explanation.add(BONUS, rule.code(), text + ": +" + raw, "bonus", prefix.strip(), rule.code(), count, each, raw);
    return raw;
  }

  Points deductions(List<DeductionClaim> claims, String field, String prefix, Explanation explanation) {
    if (claims.isEmpty()) {
      return Points.ZERO;
    }
    Points[] sums = new Points[deductionRules.size()];
    int[] incidents = new int[deductionRules.size()];
    for (int i = 0; i < claims.size(); i++) {
      DeductionClaim claim = claims.get(i);
      String path = field + "[" + i + "]";
      if (claim == null) {
        throw new InvalidScoringInputException(path, "is empty");
      }
      Integer r = deductionIndex.get(claim.code());
      if (r == null) {
        throw new InvalidScoringInputException(path + ".code",
            unknown("deduction rule", claim.code(), deductionIndex));
      }
      Points points = incident(deductionRules.get(r), path + ".points", claim);
      sums[r] = sums[r] == null ? points : sums[r].plus(points);
      incidents[r]++;
    }
    Points sum = Points.ZERO;
    for (int r = 0; r < sums.length; r++) {
      if (sums[r] != null) {
        sum = sum.plus(deduction(deductionRules.get(r), incidents[r], sums[r], prefix, explanation));
      }
    }
    return capAll(sum, deductionCap, "deductionCap", "deductions", prefix, explanation);
  }

  private static Points incident(DeductionRule rule, String field, DeductionClaim claim) {
    Points points = InputCheck.points(field, claim.points());
    Points min = new Points(rule.minPoints());
    Points max = new Points(rule.maxPoints());
    if (points.signum() <= 0 || points.below(min) || points.exceeds(max)) {
      throw new InvalidScoringInputException(field, "a '" + rule.code() + "' incident costs "
          + (min.value().signum() == 0 ? "more than 0 and at most " + max : min + " to " + max)
          + " points, got " + points);
    }
    return points;
  }

  private static Points deduction(DeductionRule rule, int incidents, Points sum, String prefix,
      Explanation explanation) {
    String text = prefix + rule.code() + ": " + incidents + (incidents == 1 ? " incident" : " incidents")
        + " totalling " + sum;
    if (rule.cap() != null && sum.exceeds(new Points(rule.cap()))) {
      Points capped = new Points(rule.cap());
      explanation.add(DEDUCTION, rule.code(), text + ", capped at " + capped + " by the rule: -" + capped,
          "deduction.capped", prefix.strip(), rule.code(), incidents, sum, capped);
      return capped;
    }
    explanation.add(DEDUCTION, rule.code(), text + ": -" + sum, "deduction", prefix.strip(), rule.code(), incidents,
        sum);
    return sum;
  }

  private static Points capAll(Points sum, Points cap, String code, String what, String prefix,
      Explanation explanation) {
    if (cap != null && sum.exceeds(cap)) {
      explanation.add(CAP, code, prefix + what + " " + sum + " capped at " + cap, "cap." + what, prefix.strip(), sum,
          cap);
      return cap;
    }
    return sum;
  }

  private static String unknown(String what, String code, Map<String, Integer> known) {
    List<String> codes = new ArrayList<>(known.keySet());
    codes.sort(null);
    return code == null
        ? "a " + what + " code is required"
        : "no " + what + " '" + code + "' in this scheme" + (codes.isEmpty() ? " (it has none)" : "; known: "
            + String.join(", ", codes));
  }
}
