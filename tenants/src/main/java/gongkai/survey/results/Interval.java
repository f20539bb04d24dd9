package gongkai.survey.results;

import java.math.BigDecimal;
import java.util.Objects;

/** A closed 95% confidence interval on a 0-100 scale (points or percent), two decimals. */
public record Interval(BigDecimal lower, BigDecimal upper) {
  public Interval {
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    if (lower.compareTo(upper) > 0) throw new IllegalArgumentException(lower + " > " + upper);
  }

  public boolean contains(BigDecimal value) {
    return lower.compareTo(value) <= 0 && value.compareTo(upper) <= 0;
  }
}
