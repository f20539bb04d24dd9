package gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in data against the State Council's notices (国务院办公厅关于XXXX年部分节假日安排的通知), written out here
 * by hand from the notices, never read back from the resource under test.
 */
class OfficialYearsTest {

  /** One year's notice: every day off and every adjusted working day. */
  record Notice(int year, Set<LocalDate> holidays, Set<LocalDate> workdays) {
    @Override
    public String toString() {
      return "notice " + year;
    }
  }

  static Stream<Notice> notices() {
    return Stream.of(
        // 国办发明电〔2019〕16号, with the Spring Festival extension of 2020-01-27 (国办发明电〔2020〕1号):
        // the holiday ran to 2 February, so Saturday 1 February was no longer a working day.
        new Notice(2020,
            days(span("2020-01-01", "2020-01-01"), span("2020-01-24", "2020-02-02"), span("2020-04-04", "2020-04-06"),
                span("2020-05-01", "2020-05-05"), span("2020-06-25", "2020-06-27"), span("2020-10-01", "2020-10-08")),
            days("2020-01-19", "2020-04-26", "2020-05-09", "2020-06-28", "2020-09-27", "2020-10-10")),
        // 国办发明电〔2020〕27号
        new Notice(2021,
            days(span("2021-01-01", "2021-01-03"), span("2021-02-11", "2021-02-17"), span("2021-04-03", "2021-04-05"),
                span("2021-05-01", "2021-05-05"), span("2021-06-12", "2021-06-14"), span("2021-09-19", "2021-09-21"),
                span("2021-10-01", "2021-10-07")),
            days("2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26", "2021-10-09")),
        // 国办发明电〔2021〕11号; 2022-12-31 opens the 2023 New Year holiday (2023 notice)
        new Notice(2022,
            days(span("2022-01-01", "2022-01-03"), span("2022-01-31", "2022-02-06"), span("2022-04-03", "2022-04-05"),
                span("2022-04-30", "2022-05-04"), span("2022-06-03", "2022-06-05"), span("2022-09-10", "2022-09-12"),
                span("2022-10-01", "2022-10-07"), span("2022-12-31", "2022-12-31")),
            days("2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-05-07", "2022-10-08", "2022-10-09")),
        // 国办发明电〔2022〕16号
        new Notice(2023,
            days(span("2023-01-01", "2023-01-02"), span("2023-01-21", "2023-01-27"), span("2023-04-05", "2023-04-05"),
                span("2023-04-29", "2023-05-03"), span("2023-06-22", "2023-06-24"), span("2023-09-29", "2023-10-06")),
            days("2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08")),
        // 国办发明电〔2023〕7号, every date written out
        new Notice(2024,
            days("2024-01-01",
                "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13", "2024-02-14", "2024-02-15", "2024-02-16",
                "2024-02-17",
                "2024-04-04", "2024-04-05", "2024-04-06",
                "2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04", "2024-05-05",
                "2024-06-10",
                "2024-09-15", "2024-09-16", "2024-09-17",
                "2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-05", "2024-10-06", "2024-10-07"),
            days("2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29",
                "2024-10-12")),
        // 国办发明电〔2024〕12号 (Spring Festival and Labour Day one day longer from 2025), every date written out
        new Notice(2025,
            days("2025-01-01",
                "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02", "2025-02-03",
                "2025-02-04",
                "2025-04-04", "2025-04-05", "2025-04-06",
                "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04", "2025-05-05",
                "2025-05-31", "2025-06-01", "2025-06-02",
                "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06", "2025-10-07",
                "2025-10-08"),
            days("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11")),
        // the notice of November 2025 for 2026
        new Notice(2026,
            days(span("2026-01-01", "2026-01-03"), span("2026-02-15", "2026-02-23"), span("2026-04-04", "2026-04-06"),
                span("2026-05-01", "2026-05-05"), span("2026-06-19", "2026-06-21"), span("2026-09-25", "2026-09-27"),
                span("2026-10-01", "2026-10-07")),
            days("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")));
  }

  private final WorkingDayCalendar calendar = WorkingDayCalendar.official();

  @ParameterizedTest
  @MethodSource("notices")
  void every_day_of_the_year_follows_the_notice(Notice notice) {
    List<String> wrong = new ArrayList<>();
    for (LocalDate d = LocalDate.of(notice.year(), 1, 1); d.getYear() == notice.year(); d = d.plusDays(1)) {
      boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean expected = notice.workdays().contains(d) || (!weekend && !notice.holidays().contains(d));
      if (calendar.isWorkingDay(d) != expected) {
        wrong.add(d + " " + d.getDayOfWeek() + " should be " + (expected ? "a working day" : "a day off"));
      }
    }
    assertThat(wrong).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("notices")
  void the_official_list_holds_exactly_the_notice(Notice notice) {
    List<SpecialDay> listed = calendar.officialDays().daysOf(notice.year());
    assertThat(datesOf(listed, DayKind.HOLIDAY)).isEqualTo(notice.holidays());
    assertThat(datesOf(listed, DayKind.WORKDAY)).isEqualTo(notice.workdays());
  }

  private static Set<LocalDate> datesOf(List<SpecialDay> listed, DayKind kind) {
    return listed.stream().filter(d -> d.kind() == kind).map(SpecialDay::date)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @ParameterizedTest
  @MethodSource("notices")
  void every_adjusted_working_day_is_a_weekend_day_explained_as_such(Notice notice) {
    for (LocalDate d : notice.workdays()) {
      assertThat(d.getDayOfWeek()).as(d.toString()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(calendar.describe(d).reason()).as(d.toString()).isEqualTo(DayReason.ADJUSTED_WORKING_DAY);
    }
    for (LocalDate d : notice.holidays()) {
      assertThat(calendar.describe(d).reason()).as(d.toString()).isEqualTo(DayReason.OFFICIAL_HOLIDAY);
    }
  }

  /** Totals worked out by hand: weekdays of the year - holidays on weekdays + adjusted working days. */
  @ParameterizedTest
  @CsvSource({
      "2020, 249",  // 262 - 19 + 6 (the extension took two working days away from 251)
      "2021, 250",  // 261 - 18 + 7
      "2022, 249",  // 260 - 18 + 7
      "2023, 249",  // 260 - 18 + 7
      "2024, 251",  // 262 - 19 + 8
      "2025, 248",  // 261 - 18 + 5
      "2026, 248",  // 261 - 19 + 6
  })
  void working_days_per_year(int year, int expected) {
    assertThat(calendar.countWorkingDays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))).isEqualTo(expected);
  }

  @Test
  void built_in_data_covers_2020_to_2026() {
    assertThat(calendar.coveredYears()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
  }

  @ParameterizedTest
  @CsvSource({
      "2025-01-28, OFFICIAL_HOLIDAY, 春节",
      "2025-01-26, ADJUSTED_WORKING_DAY, 春节",
      "2025-10-06, OFFICIAL_HOLIDAY, 中秋",
      "2024-06-10, OFFICIAL_HOLIDAY, 端午",
      "2024-06-11, WEEKDAY, ''",
      "2024-06-15, WEEKEND, ''",
  })
  void describe_names_the_reason(LocalDate date, DayReason reason, String name) {
    assertThat(calendar.describe(date)).isEqualTo(new CalendarDay(date, reason, name));
  }

  private static Set<LocalDate> days(String... dates) {
    return Stream.of(dates).map(LocalDate::parse).collect(Collectors.toCollection(TreeSet::new));
  }

  @SafeVarargs
  private static Set<LocalDate> days(List<LocalDate>... spans) {
    return Stream.of(spans).flatMap(List::stream).collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<LocalDate> span(String first, String last) {
    return LocalDate.parse(first).datesUntil(LocalDate.parse(last).plusDays(1)).toList();
  }
}
