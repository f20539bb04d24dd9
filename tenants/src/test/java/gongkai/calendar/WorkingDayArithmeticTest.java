package gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Adding and counting working days on the built-in calendar; every expectation worked out by hand. */
class WorkingDayArithmeticTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final WorkingDayCalendar calendar = WorkingDayCalendar.official();

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
      // Spring Festival 2025: Sun 01-26 worked, 01-28..02-04 off, Sat 02-08 worked
      "2025-01-20, 20, 2025-02-21",
      "2025-01-24,  1, 2025-01-26",
      "2025-01-26,  1, 2025-01-27",
      "2025-01-27,  1, 2025-02-05",
      "2025-02-07,  1, 2025-02-08",
      // National Day 2024: Sun 09-29 worked, 10-01..10-07 off, Sat 10-12 worked
      "2024-09-27, 20, 2024-10-30",
      "2024-09-27,  1, 2024-09-29",
      "2024-09-30,  1, 2024-10-08",
      // National Day and Mid-autumn 2025: 10-01..10-08 off, Sat 10-11 worked
      "2025-09-26,  1, 2025-09-28",
      "2025-10-08,  3, 2025-10-11",
      // Spring Festival 2024 and 2026
      "2024-02-05, 10, 2024-02-23",
      "2026-02-13,  1, 2026-02-14",
      "2026-02-13,  2, 2026-02-24",
      // 2020: the Spring Festival extension made Sat 02-01 a day off, work resumed Mon 02-03
      "2020-01-23,  1, 2020-02-03",
      // across New Year
      "2024-12-31,  1, 2025-01-02",
      "2025-12-31,  1, 2026-01-04",
      // the start day is not counted, whatever it is; n = 0 is the start day itself
      "2025-02-01,  1, 2025-02-05",
      "2024-12-31,  0, 2024-12-31",
      "2025-02-01,  0, 2025-02-01",
      // a request answered within 20 working days, extended once by 20 (Jinchang disclosure guide 2023)
      // (9 to 09-26, Sun 09-28 is the 10th, 09-30 the 12th, 10-01..10-08 off, Sat 10-11 the 15th, 10-31 the 30th)
      "2025-09-15, 40, 2025-11-14",
  })
  void add_working_days(LocalDate from, int n, LocalDate expected) {
    assertThat(calendar.addWorkingDays(from, n)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}..{1} holds {2} working days")
  @CsvSource({
      "2025-01-01, 2025-01-31, 19",  // 23 weekdays - 01-01 - 01-28..01-31 + Sun 01-26
      "2024-10-01, 2024-10-31, 19",  // 23 weekdays - 10-01..10-04, 10-07 + Sat 10-12
      "2025-01-28, 2025-02-04,  0",
      "2025-02-01, 2025-02-01,  0",
      "2025-02-08, 2025-02-08,  1",
      "2025-01-20, 2025-02-21, 21",
      "2024-09-27, 2024-10-30, 21",
      "2024-12-30, 2025-01-02,  3",
      "2020-01-01, 2026-12-31, 1744",  // the yearly totals 249 + 250 + 249 + 249 + 251 + 248 + 248
  })
  void count_working_days_both_ends_included(LocalDate from, LocalDate to, int expected) {
    assertThat(calendar.countWorkingDays(from, to)).isEqualTo(expected);
  }

  @Test
  void deadline_ends_at_midnight_after_the_last_working_day_in_the_tenant_zone() {
    Instant received = ZonedDateTime.of(2025, 1, 20, 10, 0, 0, 0, SHANGHAI).toInstant();

    Deadline deadline = calendar.deadline(received, 20, SHANGHAI);

    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2025, 2, 21));
    assertThat(deadline.end()).isEqualTo(ZonedDateTime.of(2025, 2, 22, 0, 0, 0, 0, SHANGHAI));
    assertThat(deadline.isMetAt(ZonedDateTime.of(2025, 2, 21, 23, 59, 59, 0, SHANGHAI).toInstant())).isTrue();
    assertThat(deadline.isMetAt(ZonedDateTime.of(2025, 2, 22, 0, 0, 0, 0, SHANGHAI).toInstant())).isFalse();
  }

  @Test
  void deadline_counts_from_the_day_the_start_falls_on_in_the_tenant_zone() {
    // Sunday 2025-01-19 17:00 UTC is Monday 2025-01-20 01:00 in Beijing
    Instant received = Instant.parse("2025-01-19T17:00:00Z");

    assertThat(calendar.deadline(received, 20, SHANGHAI).dueDate()).isEqualTo(LocalDate.of(2025, 2, 21));
    assertThat(calendar.deadline(received, 20, ZoneId.of("UTC")).dueDate()).isEqualTo(LocalDate.of(2025, 2, 20));
  }

  @Test
  void deadline_across_national_day() {
    Instant received = ZonedDateTime.of(2024, 9, 27, 16, 30, 0, 0, SHANGHAI).toInstant();

    Deadline deadline = calendar.deadline(received, 20, SHANGHAI);

    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2024, 10, 30));
    assertThat(deadline.end().toInstant()).isEqualTo(Instant.parse("2024-10-30T16:00:00Z"));
  }
}
