package gongkai.calendar;

/**
 * A calculation reached a date in a year for which the calendar has no official holiday list.
 *
 * <p>Such a date is never treated as an ordinary weekday: a deadline computed without the year's Spring Festival
 * would be silently wrong by a week or more. The State Council publishes next year's arrangement in October to
 * December; the tenant administrator imports it with {@link WorkingDayCalendar#withImportedYear(int, String)}.
 */
public final class YearNotCoveredException extends CalendarArgumentException {

  private static final long serialVersionUID = 1L;

  private final int year;

  public YearNotCoveredException(String parameter, int year, String message) {
    super(parameter, message);
    this.year = year;
  }

  /** The year without data. */
  public int year() {
    return year;
  }
}
