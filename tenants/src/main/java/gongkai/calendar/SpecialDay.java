package gongkai.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One listed day: an official holiday, an adjusted working day, or a tenant's local holiday or extra working day.
 *
 * @param date the day
 * @param kind day off or working day
 * @param name what it is for, e.g. {@code 春节} (1 to {@value #MAX_NAME_LENGTH} characters, one line)
 */
public record SpecialDay(LocalDate date, DayKind kind, String name) {

  public static final int MAX_NAME_LENGTH = 60;

  public SpecialDay {
    if (date == null) {
      throw new CalendarArgumentException("date", "date is required");
    }
    if (kind == null) {
      throw new CalendarArgumentException("kind", "kind is required (HOLIDAY or WORKDAY)");
    }
    name = checkedName("name", name);
  }

  static String checkedName(String parameter, String name) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      throw new CalendarArgumentException(parameter, parameter + ": a name is required, e.g. 春节");
    }
    if (trimmed.length() > MAX_NAME_LENGTH) {
      throw new CalendarArgumentException(parameter,
          parameter + ": the name is longer than " + MAX_NAME_LENGTH + " characters");
    }
    if (trimmed.chars().anyMatch(Character::isISOControl)) {
      throw new CalendarArgumentException(parameter, parameter + ": the name must be a single line");
    }
    return trimmed;
  }

  @Override
  public String toString() {
    return date + "," + kind + "," + Objects.toString(name);
  }
}
