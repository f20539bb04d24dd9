package gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every bad argument is a CalendarArgumentException naming the parameter, for a 400 naming the field. */
class CalendarArgumentsTest {

  private static final LocalDate D = LocalDate.of(2025, 6, 3);
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final WorkingDayCalendar calendar = WorkingDayCalendar.official();

  @Test
  void number_of_working_days_out_of_range() {
    assertRejected(() -> calendar.addWorkingDays(D, -1), "add", "add: -1 is outside 0..1000 working days");
    assertRejected(() -> calendar.addWorkingDays(D, 1001), "add", "add: 1001 is outside 0..1000 working days");
    assertRejected(() -> calendar.addWorkingDays(D, Integer.MAX_VALUE), "add",
        "add: 2147483647 is outside 0..1000 working days");
    assertRejected(() -> calendar.deadline(Instant.parse("2025-06-03T02:00:00Z"), -5, SHANGHAI), "workingDays",
        "workingDays: -5 is outside 0..1000 working days");
  }

  @Test
  void the_largest_number_of_working_days_is_accepted() {
    // 2020 to 2023 hold 249 + 250 + 249 + 249 = 997 working days; 2024-01-01 is off, then 01-02, 01-03, 01-04
    assertThat(calendar.addWorkingDays(LocalDate.of(2020, 1, 1), WorkingDayCalendar.MAX_WORKING_DAYS))
        .isEqualTo(LocalDate.of(2024, 1, 4));
  }

  @Test
  void missing_arguments() {
    assertRejected(() -> calendar.isWorkingDay(null), "date", "date is required");
    assertRejected(() -> calendar.addWorkingDays(null, 1), "from", "from is required");
    assertRejected(() -> calendar.countWorkingDays(null, D), "from", "from is required");
    assertRejected(() -> calendar.countWorkingDays(D, null), "to", "to is required");
    assertRejected(() -> calendar.deadline(null, 1, SHANGHAI), "start", "start is required");
    assertRejected(() -> calendar.deadline(Instant.now(), 1, null), "zone", "zone is required");
  }

  @Test
  void to_before_from() {
    assertRejected(() -> calendar.countWorkingDays(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31)), "to",
        "to: 2025-01-31 is before from (2025-02-01)");
  }

  @Test
  void dates_in_years_without_data_name_the_year() {
    assertNotCovered(() -> calendar.isWorkingDay(LocalDate.of(2019, 12, 31)), "date", 2019,
        "date: no official holiday list for 2019 (2019-12-31); "
            + "the tenant administrator can import the State Council's list for 2019");
    assertNotCovered(() -> calendar.addWorkingDays(LocalDate.of(2027, 3, 1), 0), "from", 2027,
        "from: no official holiday list for 2027 (2027-03-01); "
            + "the tenant administrator can import the State Council's list for 2027");
    assertNotCovered(() -> calendar.addWorkingDays(LocalDate.of(2026, 12, 20), 20), "add", 2027,
        "add: 20 working days after 2026-12-20 run into 2027, which has no official holiday list; "
            + "the tenant administrator can import the State Council's list for 2027");
    assertNotCovered(() -> calendar.countWorkingDays(LocalDate.of(2019, 12, 1), LocalDate.of(2020, 1, 10)), "from",
        2019, null);
    assertNotCovered(() -> calendar.countWorkingDays(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 10)), "to",
        2027, null);
    assertNotCovered(() -> calendar.deadline(Instant.parse("2027-01-04T02:00:00Z"), 1, SHANGHAI), "start", 2027,
        null);
    assertNotCovered(() -> calendar.deadline(Instant.parse("2026-12-30T02:00:00Z"), 2, SHANGHAI), "workingDays",
        2027, null);
  }

  @Test
  void the_last_covered_day_is_still_reachable() {
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 1)).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(calendar.countWorkingDays(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))).isEqualTo(23);
  }

  @Test
  void a_gap_between_covered_years_is_not_crossed() {
    WorkingDayCalendar withGap = calendar.withImportedYear(2028, "2028-01-01,HOLIDAY,元旦");

    assertThat(withGap.isWorkingDay(LocalDate.of(2028, 1, 3))).isTrue();
    assertNotCovered(() -> withGap.countWorkingDays(LocalDate.of(2026, 12, 1), LocalDate.of(2028, 1, 10)), "to",
        2027, null);
  }

  private static void assertRejected(ThrowingCallable call, String parameter, String message) {
    assertThatThrownBy(call).isExactlyInstanceOf(CalendarArgumentException.class)
        .isInstanceOfSatisfying(CalendarArgumentException.class, e -> {
          assertThat(e.parameter()).isEqualTo(parameter);
          assertThat(e.getMessage()).isEqualTo(message);
        });
  }

  private static void assertNotCovered(ThrowingCallable call, String parameter, int year, String message) {
    assertThatThrownBy(call).isInstanceOfSatisfying(YearNotCoveredException.class, e -> {
      assertThat(e.parameter()).isEqualTo(parameter);
      assertThat(e.year()).isEqualTo(year);
      if (message != null) {
        assertThat(e.getMessage()).isEqualTo(message);
      }
    });
  }
}
