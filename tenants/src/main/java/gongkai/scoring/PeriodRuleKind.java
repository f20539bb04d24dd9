package gongkai.scoring;

/** The kinds of period rule. */
public enum PeriodRuleKind {
  /**
   * Weibin 2020 Art. 9(2): a unit's month is graded fail if any item misses its standard (an item scored below its
   * {@code standardPoints}). The period's score is unchanged; the failed period is reported and explained.
   */
  FAIL_IF_ANY_ITEM_BELOW_STANDARD
}
