package gongkai.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact number of points with two decimal places, as the seeds write them (one or two decimals are common).
 * Never a binary float.
 *
 * <p>The constructor refuses a value that would need rounding; the only place that rounds is {@link #rounded}, used
 * where the rules themselves divide or weight (an average of periods, a weighted sum, a performance contribution).
 */
public record Points(BigDecimal value) implements Comparable<Points> {

  public static final Points ZERO = new Points(BigDecimal.ZERO);

  public Points {
    Objects.requireNonNull(value, "value");
    value = value.setScale(2, RoundingMode.UNNECESSARY); // throws if it would round
  }

  public static Points of(String value) {
    return new Points(new BigDecimal(value));
  }

  public static Points of(long whole) {
    return new Points(BigDecimal.valueOf(whole));
  }

  /**
   * The single rounding rule of the engine: half up to two places (四舍五入), the reading officials apply to a score
   * sheet. Callers pass the exact result of a division or a product and round once.
   */
  public static Points rounded(BigDecimal exact) {
    return new Points(exact.setScale(2, RoundingMode.HALF_UP));
  }

  /** {@code numerator / denominator}, rounded by the same rule as {@link #rounded}: used for averages. */
  public static Points quotient(BigDecimal numerator, BigDecimal denominator) {
    return new Points(numerator.divide(denominator, 2, RoundingMode.HALF_UP));
  }

  public Points plus(Points other) {
    return new Points(value.add(other.value));
  }

  public Points minus(Points other) {
    return new Points(value.subtract(other.value));
  }

  public Points times(long count) {
    return new Points(value.multiply(BigDecimal.valueOf(count)));
  }

  public Points min(Points other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public Points max(Points other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public boolean exceeds(Points other) {
    return compareTo(other) > 0;
  }

  public boolean below(Points other) {
    return compareTo(other) < 0;
  }

  public int signum() {
    return value.signum();
  }

  public boolean negative() {
    return value.signum() < 0;
  }

  @Override
  public int compareTo(Points other) {
    return value.compareTo(other.value);
  }

  /** Two decimal places, e.g. {@code 90.00}: the wire form of the score sheet. */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
