package gongkai.survey.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** The one place that fixes how points and percentages are normalised and rounded for display. */
final class Percent {
  /** Points and rates are shown with two decimals; half-up is how assessment sheets round. */
  static final int SCALE = 2;

  static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Percent() {}

  /** Validates a 0-100 value with at most two decimals and normalises it to scale 2 (never rounds). */
  static BigDecimal points(BigDecimal value, String what) {
    Objects.requireNonNull(value, what);
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException(what + " must be within 0-100: " + value);
    }
    try {
      return value.setScale(SCALE, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(what + " has more than two decimals: " + value, e);
    }
  }

  static BigDecimal round(Ratio exact) {
    return exact.toBigDecimal(SCALE, ROUNDING);
  }

  /** Statistical figures (double) cross into displayed values here, and only here. */
  static BigDecimal ofDouble(double value) {
    return BigDecimal.valueOf(value).setScale(SCALE, ROUNDING);
  }
}
