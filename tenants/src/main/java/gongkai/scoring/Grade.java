package gongkai.scoring;

/** The four grades (等次), declared from worst to best. */
public enum Grade {
  FAIL,
  PASS,
  GOOD,
  EXCELLENT;

  /** The worse of the two: a veto or a condition may lower a grade, never raise it. */
  public Grade worse(Grade other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public String defaultLabel() {
    return switch (this) {
      case EXCELLENT -> "优秀";
      case GOOD -> "良好";
      case PASS -> "合格";
      case FAIL -> "不合格";
    };
  }
}
