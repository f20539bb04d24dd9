package gongkai.scoring;

/** Where a component's score comes from. */
public enum ComponentKind {
  /** The sum of the component's indicator tree. */
  INDICATORS,
  /** The average of period scores (weeks, months or quarters), each scored by the component's period scheme. */
  PERIODIC,
  /** The social-evaluation (社会评议) score, entered directly. */
  SOCIAL,
  /** A score entered directly. */
  FIXED
}
