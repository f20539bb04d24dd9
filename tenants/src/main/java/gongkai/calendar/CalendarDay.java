package gongkai.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day as a tenant's calendar sees it, with the reason, for explanations in the UI.
 *
 * @param date the day
 * @param reason why it is or is not a working day
 * @param name the holiday's or adjusted working day's name; empty for a plain weekday or weekend
 */
public record CalendarDay(LocalDate date, DayReason reason, String name) {

  public CalendarDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reason, "reason");
    name = name == null ? "" : name;
  }

  public boolean workingDay() {
    return reason.workingDay();
  }
}
