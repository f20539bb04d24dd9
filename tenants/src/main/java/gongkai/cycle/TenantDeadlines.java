package gongkai.cycle;

import gongkai.calendar.CalendarArgumentException;
import gongkai.calendar.Deadline;
import gongkai.calendar.WorkingDayCalendar;
import gongkai.error.DomainException;
import java.time.Instant;
import java.time.ZoneId;

/** Working-day deadlines of the cycle, with the tenant's calendar in the tenant's zone. */
final class TenantDeadlines {

  private TenantDeadlines() {}

  /**
   * {@link WorkingDayCalendar#deadline}, with a calendar that lacks a year's holiday list turned into a 409 on
   * {@code calendar}: nothing is wrong with the request, and the tenant administrator can fix it by importing the
   * State Council's list for that year.
   */
  static Deadline within(WorkingDayCalendar calendar, Instant start, int workingDays, ZoneId zone) {
    try {
      return calendar.deadline(start, workingDays, zone);
    } catch (CalendarArgumentException e) {
      throw DomainException.conflict("calendar", e.getMessage());
    }
  }
}
