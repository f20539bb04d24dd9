package gongkai.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * China's official public holidays and adjusted working days (调休) for the years it covers: an immutable value.
 *
 * <p>The built-in list ({@link #builtIn()}) covers 2020 to 2026 and is read from {@code official-days.csv} next to
 * this class; its header names the source (the npm package {@code chinese-days}) and the State Council notices.
 *
 * <p>The list format, shared by the built-in file and by a tenant's import of next year's list, is one line per
 * date, {@code YYYY-MM-DD,KIND,name}, e.g. {@code 2025-01-01,HOLIDAY,元旦} or {@code 2025-01-26,WORKDAY,春节};
 * {@code KIND} is {@code HOLIDAY} (a day off, weekend days of the holiday span may be listed too) or
 * {@code WORKDAY} (an adjusted working day, which must be a Saturday or Sunday). Blank lines and lines starting with
 * {@code #} are ignored; a leading byte-order mark is ignored. The name may contain commas.
 *
 * <p>A year is <em>covered</em> when a list for it was loaded; see {@link WorkingDayCalendar} for what happens
 * outside the covered years.
 */
public final class OfficialDays {

  /** Imported years are limited to a plausible range so that a typo (20277) is caught. */
  public static final int MIN_YEAR = 2000;
  public static final int MAX_YEAR = 2100;

  static final String RESOURCE = "official-days.csv";
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final NavigableMap<LocalDate, SpecialDay> days;
  private final SortedSet<Integer> years;

  private OfficialDays(NavigableMap<LocalDate, SpecialDay> days, SortedSet<Integer> years) {
    this.days = Collections.unmodifiableNavigableMap(new TreeMap<>(days));
    this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
  }

  /** No official data at all: every date is outside the covered years. */
  public static OfficialDays none() {
    return new OfficialDays(new TreeMap<>(), new TreeSet<>());
  }

  /** The built-in list, 2020 to 2026. */
  public static OfficialDays builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * A list of several years, as the built-in file: the covered years are the years of the listed dates.
   *
   * @throws CalendarArgumentException naming {@code line N} for the first malformed line
   */
  public static OfficialDays parse(String text) {
    List<SpecialDay> parsed = parseLines(text, null);
    TreeMap<LocalDate, SpecialDay> map = new TreeMap<>();
    TreeSet<Integer> covered = new TreeSet<>();
    for (SpecialDay day : parsed) {
      map.put(day.date(), day);
      covered.add(day.date().getYear());
    }
    return new OfficialDays(map, covered);
  }

  /**
   * Parses the list of one year, as a tenant administrator imports next year's notice. Every line must be dated in
   * {@code year}, or in December of the year before (a New Year holiday that starts on 31 December, as the 2023
   * notice did with 2022-12-31), and the list must hold at least one holiday in {@code year}.
   *
   * @throws CalendarArgumentException naming {@code year}, {@code list} or {@code line N}
   */
  public static List<SpecialDay> parseYear(int year, String text) {
    checkYear(year);
    List<SpecialDay> parsed = parseLines(text, year);
    boolean anyHoliday = parsed.stream()
        .anyMatch(d -> d.kind() == DayKind.HOLIDAY && d.date().getYear() == year);
    if (!anyHoliday) {
      throw new CalendarArgumentException("list",
          "list: no HOLIDAY line dated in " + year + "; expected the State Council's notice for " + year);
    }
    return parsed;
  }

  /**
   * This list with {@code year} replaced by {@code yearDays} (the dates of {@code year} listed before are dropped;
   * a December date of the year before replaces what was listed for it) and {@code year} covered.
   */
  public OfficialDays withYear(int year, List<SpecialDay> yearDays) {
    checkYear(year);
    if (yearDays == null || yearDays.stream().anyMatch(Objects::isNull)) {
      throw new CalendarArgumentException("list", "list: the days of " + year + " are required");
    }
    TreeMap<LocalDate, SpecialDay> map = new TreeMap<>(days);
    map.keySet().removeIf(date -> date.getYear() == year);
    for (SpecialDay day : yearDays) {
      if (!belongsToYear(day.date(), year)) {
        throw new CalendarArgumentException("date",
            "date: " + day.date() + " is not in " + year + " (nor in December " + (year - 1) + ")");
      }
      checkWorkday(day, "date");
      map.put(day.date(), day);
    }
    TreeSet<Integer> covered = new TreeSet<>(years);
    covered.add(year);
    return new OfficialDays(map, covered);
  }

  /** The listed day at {@code date}, if any. */
  public Optional<SpecialDay> find(LocalDate date) {
    return Optional.ofNullable(days.get(date));
  }

  /** All listed days of {@code year}, in date order. */
  public List<SpecialDay> daysOf(int year) {
    return List.copyOf(days.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
  }

  /** The years with a loaded list, ascending. */
  public SortedSet<Integer> years() {
    return years;
  }

  public boolean covers(int year) {
    return years.contains(year);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OfficialDays other && days.equals(other.days) && years.equals(other.years);
  }

  @Override
  public int hashCode() {
    return days.hashCode() * 31 + years.hashCode();
  }

  @Override
  public String toString() {
    return "OfficialDays" + years + " (" + days.size() + " days)";
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new CalendarArgumentException("year",
          "year: " + year + " is outside " + MIN_YEAR + ".." + MAX_YEAR);
    }
  }

  private static boolean belongsToYear(LocalDate date, int year) {
    return date.getYear() == year || (date.getYear() == year - 1 && date.getMonth() == Month.DECEMBER);
  }

  private static void checkWorkday(SpecialDay day, String parameter) {
    DayOfWeek dow = day.date().getDayOfWeek();
    if (day.kind() == DayKind.WORKDAY && dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
      throw new CalendarArgumentException(parameter, parameter + ": " + day.date() + " is a "
          + dow.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
          + "; an adjusted working day (WORKDAY) must be a Saturday or Sunday");
    }
  }

  /** Parses lines; {@code year} null for a multi-year list. Line numbers count every line, from 1. */
  private static List<SpecialDay> parseLines(String text, Integer year) {
    if (text == null) {
      throw new CalendarArgumentException("list", "list: the holiday list is required");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<SpecialDay> result = new ArrayList<>();
    Map<LocalDate, Integer> seenOnLine = new HashMap<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String where = "line " + (i + 1);
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split(",", 3);
      if (fields.length != 3) {
        throw new CalendarArgumentException(where,
            where + ": expected YYYY-MM-DD,HOLIDAY|WORKDAY,name but found '" + shorten(line) + "'");
      }
      LocalDate date = parseDate(where, fields[0].strip());
      DayKind kind = parseKind(where, fields[1].strip());
      String name = SpecialDay.checkedName(where, fields[2]);
      SpecialDay day = new SpecialDay(date, kind, name);
      checkWorkday(day, where);
      if (year != null && !belongsToYear(date, year)) {
        throw new CalendarArgumentException(where,
            where + ": " + date + " is not in " + year + " (nor in December " + (year - 1) + ")");
      }
      Integer earlier = seenOnLine.putIfAbsent(date, i + 1);
      if (earlier != null) {
        throw new CalendarArgumentException(where,
            where + ": " + date + " is already listed on line " + earlier);
      }
      result.add(day);
    }
    return result;
  }

  private static LocalDate parseDate(String where, String field) {
    if (ISO_DATE.matcher(field).matches()) {
      try {
        return LocalDate.parse(field);
      } catch (DateTimeParseException e) {
        // falls through to the common message
      }
    }
    throw new CalendarArgumentException(where,
        where + ": '" + shorten(field) + "' is not a date (expected YYYY-MM-DD)");
  }

  private static DayKind parseKind(String where, String field) {
    for (DayKind kind : DayKind.values()) {
      if (kind.name().equals(field)) {
        return kind;
      }
    }
    throw new CalendarArgumentException(where,
        where + ": '" + shorten(field) + "' is not HOLIDAY or WORKDAY");
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  /** Loaded once, on first use. */
  private static final class BuiltIn {
    static final OfficialDays INSTANCE = load();

    private static OfficialDays load() {
      try (InputStream in = OfficialDays.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
