package gongkai.survey.results;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number. Renormalised weights (e.g. 1/3) have no finite decimal expansion, so
 * scores are carried as fractions and rounded exactly once, when they are shown ({@link Percent}).
 */
final class Ratio implements Comparable<Ratio> {
  static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator; // > 0, and gcd(numerator, denominator) == 1

  private Ratio(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  BigInteger numerator() {
    return numerator;
  }

  /** Positive, and coprime with the numerator. */
  BigInteger denominator() {
    return denominator;
  }

  static Ratio of(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) throw new ArithmeticException("division by zero");
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    return new Ratio(numerator, denominator);
  }

  static Ratio of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  static Ratio of(BigDecimal value) {
    if (value.scale() >= 0) {
      return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }
    return of(value.unscaledValue().multiply(BigInteger.TEN.pow(-value.scale())), BigInteger.ONE);
  }

  Ratio plus(Ratio o) {
    if (denominator.equals(o.denominator)) return of(numerator.add(o.numerator), denominator);
    return of(
        numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
        denominator.multiply(o.denominator));
  }

  Ratio times(Ratio o) {
    return of(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
  }

  Ratio dividedBy(Ratio o) {
    return of(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
  }

  boolean isZero() {
    return numerator.signum() == 0;
  }

  BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding);
  }

  double toDouble() {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL64)
        .doubleValue();
  }

  @Override
  public int compareTo(Ratio o) {
    return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ratio r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
