package gongkai.calendar;

/**
 * Why a day is, or is not, a working day. Precedence: the tenant's own days, then the official list, then the day of
 * the week.
 */
public enum DayReason {
  /** Monday to Friday, nothing listed. */
  WEEKDAY(true),
  /** Saturday or Sunday, nothing listed. */
  WEEKEND(false),
  /** An official public holiday from the State Council's notice (or the imported list). */
  OFFICIAL_HOLIDAY(false),
  /** An adjusted working day (调休) from the State Council's notice (or the imported list). */
  ADJUSTED_WORKING_DAY(true),
  /** The tenant's own day off; overrides everything above. */
  LOCAL_HOLIDAY(false),
  /** The tenant's own working day; overrides everything above. */
  LOCAL_WORKING_DAY(true);

  private final boolean workingDay;

  DayReason(boolean workingDay) {
    this.workingDay = workingDay;
  }

  public boolean workingDay() {
    return workingDay;
  }
}
