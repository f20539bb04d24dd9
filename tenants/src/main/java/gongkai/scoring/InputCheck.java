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

  /**
   * A score in a map of scores, e.g. {@code input.indicatorScores}; as {@link #score} but builds the field path
   * only when the value is refused (this runs for every item of every period of every unit).
   *
   * @return the value with scale 2
   */
  static BigDecimal scoreIn(String mapField, String key, BigDecimal value, BigDecimal max) {
    BigDecimal scaled = value == null || value.scale() == 2 ? value : twoPlacesOrNull(value);
    if (scaled == null || scaled.signum() < 0 || scaled.compareTo(max) > 0) {
      return score(key(mapField, key), value, new Points(max)).value(); // throws
    }
    return scaled;
  }

  /**
   * As {@link #scoreIn}, in hundredths of a point: for the per-item loop of periods, where it saves a
   * {@code BigDecimal} per item (the moved value does not escape, so the JIT need not allocate it).
   */
  static long hundredthsIn(String mapField, String key, BigDecimal value, long maxHundredths) {
    if (value != null && value.scale() >= 0 && value.scale() <= 2) {
      try {
        long hundredths = value.movePointRight(2).longValueExact();
        if (hundredths >= 0 && hundredths <= maxHundredths) {
          return hundredths;
        }
      } catch (ArithmeticException tooLarge) {
        // reported below
      }
    }
    return score(key(mapField, key), value, new Points(BigDecimal.valueOf(maxHundredths, 2))).value()
        .movePointRight(2).longValueExact();
  }

  private static BigDecimal twoPlacesOrNull(BigDecimal value) {
    try {
      return value.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException tooPrecise) {
      return null;
    }
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
