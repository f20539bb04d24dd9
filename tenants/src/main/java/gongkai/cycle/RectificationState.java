package gongkai.cycle;

/** Where a rectification order (整改) stands. */
public enum RectificationState {
  /** Issued; the unit has not reported yet. */
  ORDERED,
  /** The unit filed its rectification report; the office has to accept it or send it back. */
  REPORTED,
  /** The office sent the report back with a reason; the unit reports again. */
  SENT_BACK,
  /** The office accepted the report: the order is done. */
  ACCEPTED;

  /** Whether the unit has to act (report) now. */
  public boolean awaitsReport() {
    return this == ORDERED || this == SENT_BACK;
  }
}
