package gongkai.scoring;

/** How units with equal (capped) totals are ordered. */
public enum TieBreak {
  /** Equal totals rank equal. */
  NONE,
  /** Jinchang 2022 Art. 13: a total above 100 counts as 100 and ranks ahead among equal scores. */
  UNCAPPED_TOTAL_DESC
}
