package gongkai.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * One tenant's working days (工作日): Monday to Friday, minus China's official public holidays, plus the adjusted
 * working days (调休, a Saturday or Sunday that is worked), plus the tenant's own overrides (a local holiday, an extra
 * working day), which win over everything else. An immutable value: the {@code with...} methods return a new
 * calendar.
 *
 * <h2>Years without data</h2>
 * Official holidays move every year (Spring Festival follows the lunar calendar, and the State Council decides the
 * adjusted working days each autumn), so a date in a year without an official list cannot be classified. Every
 * method that would have to classify such a date throws {@link YearNotCoveredException} (a
 * {@link CalendarArgumentException}) naming the year and the parameter that led there, instead of silently treating
 * the year as weekends only; the tenant administrator imports that year's list with
 * {@link #withImportedYear(int, String)}. Tenant overrides do not make a year covered. {@link #coveredYears()} says
 * which years are.
 *
 * <h2>Counting</h2>
 * {@link #addWorkingDays(LocalDate, int)} does not count its start day (期间开始之日不计算在内): "answered within 20
 * working days" from a request received on {@code from} ends on {@code addWorkingDays(from, 20)}, whatever kind of
 * day {@code from} is. {@link #countWorkingDays(LocalDate, LocalDate)} counts both ends. Hence, for every {@code n}:
 * {@code countWorkingDays(from, addWorkingDays(from, n)) == n + (isWorkingDay(from) ? 1 : 0)}.
 *
 * <h2>Arguments</h2>
 * A number of working days must be within {@code 0..}{@value #MAX_WORKING_DAYS} (about four years; the longest
 * statutory period in the rules is 20 + 20 working days). Every bad argument throws
 * {@link CalendarArgumentException} whose {@code parameter()} is the name the REST API uses: {@code date},
 * {@code from}, {@code add}, {@code to}, {@code start}, {@code workingDays}, {@code zone}, {@code name}, {@code year},
 * {@code list} or {@code line N}.
 */
public final class WorkingDayCalendar {

  /** The largest number of working days accepted by {@link #addWorkingDays} and {@link #deadline}. */
  public static final int MAX_WORKING_DAYS = 1000;

  private static final WorkingDayCalendar OFFICIAL = new WorkingDayCalendar(OfficialDays.builtIn(), Map.of());

  private final OfficialDays official;
  private final Map<LocalDate, SpecialDay> overrides;

  private WorkingDayCalendar(OfficialDays official, Map<LocalDate, SpecialDay> overrides) {
    this.official = official;
    this.overrides = Collections.unmodifiableSortedMap(new TreeMap<>(overrides));
  }

  /** The built-in official calendar (2020 to 2026) without tenant overrides. */
  public static WorkingDayCalendar official() {
    return OFFICIAL;
  }

  /** A calendar over the given official list and tenant overrides (e.g. as stored for a tenant). */
  public static WorkingDayCalendar of(OfficialDays official, List<SpecialDay> overrides) {
    if (official == null) {
      throw new CalendarArgumentException("official", "official: the official list is required");
    }
    TreeMap<LocalDate, SpecialDay> map = new TreeMap<>();
    for (SpecialDay day : overrides == null ? List.<SpecialDay>of() : overrides) {
      if (day == null) {
        throw new CalendarArgumentException("overrides", "overrides: an override is missing (null)");
      }
      if (map.put(day.date(), day) != null) {
        throw new CalendarArgumentException("date", "date: " + day.date() + " is overridden twice");
      }
    }
    return new WorkingDayCalendar(official, map);
  }

  // ---- tenant overrides and imports ---------------------------------------------------------------------------

  /** This calendar with {@code date} a day off for this tenant (replacing any override on that date). */
  public WorkingDayCalendar withLocalHoliday(LocalDate date, String name) {
    return withOverride(new SpecialDay(required("date", date), DayKind.HOLIDAY, name));
  }

  /** This calendar with {@code date} a working day for this tenant (replacing any override on that date). */
  public WorkingDayCalendar withWorkingDay(LocalDate date, String name) {
    return withOverride(new SpecialDay(required("date", date), DayKind.WORKDAY, name));
  }

  /** This calendar without the tenant's override on {@code date}; unchanged if there is none. */
  public WorkingDayCalendar withoutOverride(LocalDate date) {
    required("date", date);
    if (!overrides.containsKey(date)) {
      return this;
    }
    TreeMap<LocalDate, SpecialDay> map = new TreeMap<>(overrides);
    map.remove(date);
    return new WorkingDayCalendar(official, map);
  }

  /**
   * This calendar with the official list of {@code year} replaced by {@code list} (next year's State Council
   * notice, in the format of {@link OfficialDays}); {@code year} becomes covered. The tenant's overrides stay.
   *
   * @throws CalendarArgumentException naming {@code year}, {@code list} or {@code line N} (the first bad line)
   */
  public WorkingDayCalendar withImportedYear(int year, String list) {
    return new WorkingDayCalendar(official.withYear(year, OfficialDays.parseYear(year, list)), overrides);
  }

  private WorkingDayCalendar withOverride(SpecialDay day) {
    TreeMap<LocalDate, SpecialDay> map = new TreeMap<>(overrides);
    map.put(day.date(), day);
    return new WorkingDayCalendar(official, map);
  }

  /** The tenant's override on {@code date}, if any. */
  public Optional<SpecialDay> override(LocalDate date) {
    return Optional.ofNullable(overrides.get(required("date", date)));
  }

  /** The tenant's overrides, in date order. */
  public List<SpecialDay> overrides() {
    return List.copyOf(overrides.values());
  }

  public OfficialDays officialDays() {
    return official;
  }

  /** The years with an official list, ascending. */
  public SortedSet<Integer> coveredYears() {
    return official.years();
  }

  // ---- queries ------------------------------------------------------------------------------------------------

  /**
   * Whether {@code date} is a working day.
   *
   * @throws YearNotCoveredException (parameter {@code date}) if its year has no official list
   */
  public boolean isWorkingDay(LocalDate date) {
    return describe(date).workingDay();
  }

  /**
   * {@code date} with the reason it is or is not a working day.
   *
   * @throws YearNotCoveredException (parameter {@code date}) if its year has no official list
   */
  public CalendarDay describe(LocalDate date) {
    required("date", date);
    requireCovered("date", date, "date: no official holiday list for " + date.getYear() + " (" + date + ")");
    return classify(date);
  }

  /**
   * The {@code n}-th working day after {@code from}; {@code from} itself is not counted, and {@code n == 0} gives
   * {@code from}.
   *
   * @param n {@code 0..}{@value #MAX_WORKING_DAYS}
   * @throws CalendarArgumentException {@code from} missing or in a year without data; {@code add} out of range,
   *     or the count runs into a year without data
   */
  public LocalDate addWorkingDays(LocalDate from, int n) {
    return add("from", from, "add", n);
  }

  /**
   * The number of working days from {@code from} to {@code to}, both included.
   *
   * @throws CalendarArgumentException {@code from} or {@code to} missing, {@code to} before {@code from}, or a
   *     year from {@code from} to {@code to} without data (named {@code from} if it is {@code from}'s year, else
   *     {@code to})
   */
  public int countWorkingDays(LocalDate from, LocalDate to) {
    required("from", from);
    required("to", to);
    if (to.isBefore(from)) {
      throw new CalendarArgumentException("to", "to: " + to + " is before from (" + from + ")");
    }
    requireCovered("from", from, "from: no official holiday list for " + from.getYear() + " (" + from + ")");
    for (int year = from.getYear() + 1; year <= to.getYear(); year++) {
      requireCovered("to", LocalDate.of(year, 1, 1),
          "to: no official holiday list for " + year + " (between " + from + " and " + to + ")");
    }
    int count = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (classify(d).workingDay()) {
        count++;
      }
    }
    return count;
  }

  /**
   * The deadline of something due within {@code workingDays} working days of {@code start}, in {@code zone}: the
   * day {@code start} falls on in {@code zone} is not counted, and the deadline ends at 24:00 of the
   * {@code workingDays}-th working day after it.
   *
   * @throws CalendarArgumentException naming {@code start}, {@code workingDays} or {@code zone}
   */
  public Deadline deadline(Instant start, int workingDays, ZoneId zone) {
    required("start", start);
    required("zone", zone);
    LocalDate due = add("start", LocalDate.ofInstant(start, zone), "workingDays", workingDays);
    // atStartOfDay, not LocalTime.MIDNIGHT: the day after may start at 01:00 in a zone with a DST gap at midnight
    return new Deadline(due, due.plusDays(1).atStartOfDay(zone));
  }

  // ---- internals ----------------------------------------------------------------------------------------------

  private LocalDate add(String fromName, LocalDate from, String nName, int n) {
    required(fromName, from);
    if (n < 0 || n > MAX_WORKING_DAYS) {
      throw new CalendarArgumentException(nName,
          nName + ": " + n + " is outside 0.." + MAX_WORKING_DAYS + " working days");
    }
    requireCovered(fromName, from,
        fromName + ": no official holiday list for " + from.getYear() + " (" + from + ")");
    LocalDate d = from;
    int remaining = n;
    while (remaining > 0) {
      d = d.plusDays(1);
      if (d.getDayOfYear() == 1) {
        requireCovered(nName, d, nName + ": " + n + " working days after " + from + " run into "
            + d.getYear() + ", which has no official holiday list");
      }
      if (classify(d).workingDay()) {
        remaining--;
      }
    }
    return d;
  }

  private CalendarDay classify(LocalDate date) {
    SpecialDay local = overrides.get(date);
    if (local != null) {
      return new CalendarDay(date,
          local.kind() == DayKind.HOLIDAY ? DayReason.LOCAL_HOLIDAY : DayReason.LOCAL_WORKING_DAY, local.name());
    }
    Optional<SpecialDay> listed = official.find(date);
    if (listed.isPresent()) {
      SpecialDay day = listed.get();
      return new CalendarDay(date,
          day.kind() == DayKind.HOLIDAY ? DayReason.OFFICIAL_HOLIDAY : DayReason.ADJUSTED_WORKING_DAY, day.name());
    }
    DayOfWeek dow = date.getDayOfWeek();
    boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    return new CalendarDay(date, weekend ? DayReason.WEEKEND : DayReason.WEEKDAY, "");
  }

  private void requireCovered(String parameter, LocalDate date, String message) {
    if (!official.covers(date.getYear())) {
      throw new YearNotCoveredException(parameter, date.getYear(),
          message + "; the tenant administrator can import the State Council's list for " + date.getYear());
    }
  }

  private static <T> T required(String parameter, T value) {
    if (value == null) {
      throw new CalendarArgumentException(parameter, parameter + " is required");
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingDayCalendar other && official.equals(other.official)
        && overrides.equals(other.overrides);
  }

  @Override
  public int hashCode() {
    return official.hashCode() * 31 + overrides.hashCode();
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar[" + official + ", " + overrides.size() + " overrides]";
  }
}
