package gongkai.survey.results;

import java.math.BigDecimal;

/**
 * A lower bound of a level on a 0-100 scale. {@code inclusive} says whether a value exactly at the
 * bound reaches the level: "80分以上" is inclusive (>= 80), "高于80分" exclusive (> 80).
 */
public record Threshold(BigDecimal value, boolean inclusive) {
  public Threshold {
    value = Percent.points(value, "threshold");
  }

  public static Threshold atLeast(String value) {
    return new Threshold(new BigDecimal(value), true);
  }

  public static Threshold above(String value) {
    return new Threshold(new BigDecimal(value), false);
  }

  public boolean isReachedBy(BigDecimal x) {
    int c = x.compareTo(value);
    return inclusive ? c >= 0 : c > 0;
  }
}
