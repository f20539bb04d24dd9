package gongkai.cycle;

/**
 * What can be done to a cycle. Most moves change its state; the last four are actions inside a state (entering a
 * score does not move the cycle on) that the state still has to allow. {@link CycleProgress#allows(Move)} answers
 * for the UI; the verbs of {@link CycleProgress} refuse with 409 what it does not allow.
 */
public enum Move {
  /** PLANNED -> NOTIFIED: issue the scoring sheet. */
  NOTIFY,
  /** NOTIFIED -> SELF_ASSESSMENT. */
  OPEN_SELF_ASSESSMENT,
  /**
   * SELF_ASSESSMENT -> ASSESSMENT, or NOTIFIED -> ASSESSMENT when the rules do not require self-assessment; not
   * before the notice date plus the minimum notice.
   */
  START_ASSESSMENT,
  /** ASSESSMENT -> PRELIMINARY. */
  COMPUTE_PRELIMINARY,
  /** PRELIMINARY -> ASSESSMENT: an assessor's error found before the units see the results. */
  REOPEN_ASSESSMENT,
  /** PRELIMINARY -> REVIEW: the review window starts. */
  OPEN_REVIEW,
  /** Ends the review (the state stays REVIEW): only after the window and with every request decided. */
  CLOSE_REVIEW,
  /** REVIEW (closed) -> FINAL: the leading group's approval. */
  FINALISE,
  /** FINAL -> PUBLISHED. */
  PUBLISH,
  /** PUBLISHED -> CLOSED. */
  CLOSE,
  /** PLANNED, NOTIFIED or SELF_ASSESSMENT -> CANCELLED. */
  CANCEL,

  /** A unit liaison submits the self-assessment (in SELF_ASSESSMENT). */
  SUBMIT_SELF_ASSESSMENT,
  /** An assessor enters or changes scores (in ASSESSMENT, and in an open REVIEW after accepting a request). */
  ENTER_SCORES,
  /** A unit contests an indicator (in an open REVIEW, within the window). */
  REQUEST_REVIEW,
  /** An assessor accepts or rejects a review request (in an open REVIEW). */
  DECIDE_REVIEW;

  /** Whether the move changes the cycle's state (CLOSE_REVIEW changes only its review phase). */
  public boolean changesState() {
    return ordinal() < SUBMIT_SELF_ASSESSMENT.ordinal() && this != CLOSE_REVIEW;
  }
}
