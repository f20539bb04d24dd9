package gongkai.scoring;

import java.math.BigDecimal;

/**
 * A condition beside the total that caps the grade, e.g. Zhoukou 2021 Art. 33: public satisfaction below 60% is
 * fail ({@code satisfactionRate LESS_THAN 0.60 -> FAIL}).
 */
public record GradeCondition(
    String code, String description, Metric metric, Comparison comparison, BigDecimal threshold, Grade forcedGrade) {

  public enum Metric {
    /** The public satisfaction rate from social evaluation, 0..1; input {@code satisfactionRate}. */
    SATISFACTION_RATE
  }

  public enum Comparison {
    LESS_THAN("<"),
    LESS_OR_EQUAL("<="),
    GREATER_THAN(">"),
    GREATER_OR_EQUAL(">=");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    public boolean holds(BigDecimal value, BigDecimal threshold) {
      int c = value.compareTo(threshold);
      return switch (this) {
        case LESS_THAN -> c < 0;
        case LESS_OR_EQUAL -> c <= 0;
        case GREATER_THAN -> c > 0;
        case GREATER_OR_EQUAL -> c >= 0;
      };
    }
  }
}
