package gongkai.scoring;

/** How component scores combine into the scheme's score before bonuses and deductions. */
public enum Combination {
  /** Sum of score x weight; the weights add up to 1 (Weibin Art. 8: routine 50% + year-end 50%). */
  WEIGHTED_SUM,
  /** Plain sum of the component scores (Jinchang 12345 Art. 36: monthly average + annual indicators). */
  PLAIN_SUM
}
