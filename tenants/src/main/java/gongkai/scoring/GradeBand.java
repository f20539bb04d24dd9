package gongkai.scoring;

import java.math.BigDecimal;

/**
 * A grade's range of totals, with explicit inclusive flags: Jinchang's "80—90分(不含90分)" is
 * {@code [80, 90)}. A null {@code upper} means no upper bound (a scheme without a total cap).
 *
 * @param label shown to users; defaults to the Chinese grade name and may be renamed by the tenant
 */
public record GradeBand(
    Grade grade,
    String label,
    BigDecimal lower,
    boolean lowerInclusive,
    BigDecimal upper,
    boolean upperInclusive) {

  public boolean contains(BigDecimal total) {
    int low = total.compareTo(lower);
    if (low < 0 || (low == 0 && !lowerInclusive)) {
      return false;
    }
    if (upper == null) {
      return true;
    }
    int high = total.compareTo(upper);
    return high < 0 || (high == 0 && upperInclusive);
  }

  /** E.g. {@code [80, 90)} or {@code [90, +inf)}. */
  public String range() {
    return (lowerInclusive ? "[" : "(")
        + lower.stripTrailingZeros().toPlainString()
        + ", "
        + (upper == null ? "+inf)" : upper.stripTrailingZeros().toPlainString() + (upperInclusive ? "]" : ")"));
  }
}
