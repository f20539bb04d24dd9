package gongkai.cycle;

import gongkai.calendar.Deadline;
import java.time.Instant;

/**
 * An order to rectify (整改) with a deadline in working days: what the office tracks until it accepts the unit's
 * rectification report or sends it back.
 *
 * @param subject  what is to be rectified: the grade, or the failed month ({@code 2020-02})
 * @param issuedAt when the order was issued; its day in the tenant's zone is not counted
 */
public record RectificationOrder<U>(U unit, Reason reason, String subject, Instant issuedAt, Deadline deadline) {

  public enum Reason {
    /** Jiangmen 2020 Art. 10, Weibin 2020 Art. 14: a FAIL grade is rectified within a deadline. */
    FAIL_GRADE,
    /** Weibin 2020 Art. 9(2), Art. 15: a month failed in the monthly bulletin. */
    FAILED_MONTH,
    /** An indicator the unit contested in the review and whose deduction stood (the request was rejected). */
    CONTESTED_ITEM,
    /** An indicator scored 0 in the final results: nothing of it was met. */
    FAILED_ITEM,
    /** Ordered by hand by the office (e.g. after an inspection or a complaint). */
    MANUAL
  }
}
