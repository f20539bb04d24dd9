package gongkai.survey.results;

/** Why a response looks suspicious. A flag never deletes: the administrator decides. */
public enum QualityFlag {
  /** Part of a burst: at least N responses from one address hash within the window. */
  ADDRESS_BURST,
  /** The same option on every answered scale question (e.g. all 满意), over enough questions. */
  STRAIGHT_LINING,
  /** Exactly the same answers as another response to the same unit (not straight-lined). */
  DUPLICATE_PATTERN,
  /** Submitted faster than a person can read the questions answered. */
  TOO_FAST
}
