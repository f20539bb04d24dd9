package gongkai.cycle;

import gongkai.error.DomainException;
import gongkai.scoring.Granularity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The period keys of routine assessment (Weibin 2020 Art. 9: weekly checks, a monthly bulletin, a quarterly
 * assessment), in the forms of {@link Granularity}: {@code 2020-W07}, {@code 2024-01}, {@code 2020-Q3}, and how they
 * roll up.
 *
 * <p>A week that straddles two months belongs to the month of its Thursday, the rule ISO 8601 uses to give a week
 * to a year: most of its working days fall there, and the mapping stays consistent with the week's year
 * ({@code 2020-W53} is in December 2020, {@code 2025-W01} in January 2025 although it starts on 30 December 2024).
 */
public final class RoutinePeriods {

  private RoutinePeriods() {}

  /** The granularity of a key; 400 on {@code field} if it has none of the three forms (or no such week). */
  public static Granularity granularity(String field, String period) {
    for (Granularity granularity : Granularity.values()) {
      if (granularity.accepts(period)) {
        if (granularity == Granularity.WEEK) {
          thursday(field, period); // 2021-W53 has the form but not the week
        }
        return granularity;
      }
    }
    throw DomainException.invalid(field, field + ": " + period + " is not a week (" + Granularity.WEEK.form()
        + "), a month (" + Granularity.MONTH.form() + ") or a quarter (" + Granularity.QUARTER.form() + ")");
  }

  /** The month ({@code YYYY-MM}) of a week or month key; a quarter has none (400). */
  public static String monthOf(String period) {
    return switch (granularity("period", period)) {
      case WEEK -> YearMonth.from(thursday("period", period)).toString();
      case MONTH -> period;
      case QUARTER -> throw DomainException.invalid("period", "period: a quarter (" + period
          + ") does not fall in one month");
    };
  }

  /** The quarter ({@code YYYY-Qn}) of a week, month or quarter key. */
  public static String quarterOf(String period) {
    if (granularity("period", period) == Granularity.QUARTER) {
      return period;
    }
    YearMonth month = YearMonth.parse(monthOf(period));
    return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * Week or month keys by month, months ascending, each list sorted by key (chronological within one granularity);
   * a bad key is a 400 naming {@code periods[i]}.
   */
  public static SortedMap<String, List<String>> groupByMonth(List<String> periods) {
    return group(periods, false);
  }

  /** Week, month or quarter keys by quarter, quarters ascending, each list sorted by key. */
  public static SortedMap<String, List<String>> groupByQuarter(List<String> periods) {
    return group(periods, true);
  }

  private static SortedMap<String, List<String>> group(List<String> periods, boolean byQuarter) {
    SortedMap<String, List<String>> groups = new TreeMap<>();
    for (int i = 0; i < periods.size(); i++) {
      String period = periods.get(i);
      String field = "periods[" + i + "]";
      Granularity granularity = granularity(field, period);
      if (!byQuarter && granularity == Granularity.QUARTER) {
        throw DomainException.invalid(field, field + ": a quarter (" + period + ") does not fall in one month");
      }
      String key = byQuarter ? quarterOf(period) : monthOf(period);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(period);
    }
    // keys of one group share a year (a week's year is its Thursday's), so "2020-W07" < "2020-W10" is time order
    groups.values().forEach(list -> list.sort(Comparator.naturalOrder()));
    return groups;
  }

  private static LocalDate thursday(String field, String week) {
    int year = Integer.parseInt(week.substring(0, 4));
    int number = Integer.parseInt(week.substring(6));
    LocalDate midYear = LocalDate.of(year, 6, 1);
    if (number > IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(midYear).getMaximum()) {
      throw DomainException.invalid(field, field + ": " + year + " has no ISO week " + number + " (" + week + ")");
    }
    return midYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.THURSDAY);
  }
}
