package gongkai.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Turns input numbers into {@link Points}, rejecting what a score sheet cannot hold. */
final class InputCheck {

  private InputCheck() {}

  /** A score between 0 and {@code max}, at most two decimals. */
  static Points score(String field, BigDecimal value, Points max) {
    Points points = points(field, value);
    if (points.negative()) {
      throw new InvalidScoringInputException(field, "must be 0 or more, is " + points);
    }
    if (points.exceeds(max)) {
      throw new InvalidScoringInputException(field, "must be at most " + max + ", is " + points);
    }
    return points;
  }

  static Points points(String field, BigDecimal value) {
    if (value == null) {
      throw new InvalidScoringInputException(field, "is required");
    }
    try {
      return new Points(value.setScale(2, RoundingMode.UNNECESSARY));
    } catch (ArithmeticException tooPrecise) {
      throw new InvalidScoringInputException(field, "points have at most two decimal places, got "
          + value.toPlainString());
    }
  }

  static String key(String mapField, String key) {
    return mapField + "." + key;
  }
}
