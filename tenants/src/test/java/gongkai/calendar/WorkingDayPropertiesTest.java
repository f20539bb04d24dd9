package gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Laws that hold for every start date and every n; dates and n kept so that results stay within 2020..2026. */
class WorkingDayPropertiesTest {

  private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();

  /** Days 0..2191 from 2020-01-01 reach 2025-12-31; 201 working days from there stay within 2026 (248). */
  private static LocalDate day(int offset) {
    return FIRST.plusDays(offset);
  }

  @Property
  void the_result_of_adding_at_least_one_working_day_is_a_working_day(
      @ForAll @IntRange(max = 2191) int offset, @ForAll @IntRange(min = 1, max = 200) int n) {
    assertThat(CALENDAR.isWorkingDay(CALENDAR.addWorkingDays(day(offset), n))).isTrue();
  }

  @Property
  void counting_up_to_the_result_gives_n_plus_the_start_day(
      @ForAll @IntRange(max = 2191) int offset, @ForAll @IntRange(max = 200) int n) {
    LocalDate from = day(offset);
    int startDay = CALENDAR.isWorkingDay(from) ? 1 : 0;

    assertThat(CALENDAR.countWorkingDays(from, CALENDAR.addWorkingDays(from, n))).isEqualTo(n + startDay);
  }

  @Property
  void adding_one_more_working_day_moves_strictly_forward_to_the_next_working_day(
      @ForAll @IntRange(max = 2191) int offset, @ForAll @IntRange(max = 200) int n) {
    LocalDate from = day(offset);
    LocalDate nth = CALENDAR.addWorkingDays(from, n);
    LocalDate next = CALENDAR.addWorkingDays(from, n + 1);

    assertThat(next).isAfter(nth);
    assertThat(next).isEqualTo(CALENDAR.addWorkingDays(nth, 1));
    assertThat(CALENDAR.countWorkingDays(nth.plusDays(1), next)).isEqualTo(1);
  }

  @Property
  void counting_is_additive_over_adjacent_ranges(
      @ForAll @IntRange(max = 2000) int offset, @ForAll @IntRange(max = 200) int first,
      @ForAll @IntRange(max = 200) int second) {
    LocalDate a = day(offset);
    LocalDate b = a.plusDays(first);
    LocalDate c = b.plusDays(1 + second);

    assertThat(CALENDAR.countWorkingDays(a, c))
        .isEqualTo(CALENDAR.countWorkingDays(a, b) + CALENDAR.countWorkingDays(b.plusDays(1), c));
  }

  @Property
  void a_local_holiday_removes_exactly_one_working_day_and_removing_it_restores_the_calendar(
      @ForAll @IntRange(max = 2191) int offset) {
    LocalDate date = day(offset);
    LocalDate yearStart = date.withDayOfYear(1);
    LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
    WorkingDayCalendar tenant = CALENDAR.withLocalHoliday(date, "区庆");

    assertThat(tenant.isWorkingDay(date)).isFalse();
    assertThat(tenant.countWorkingDays(yearStart, yearEnd))
        .isEqualTo(CALENDAR.countWorkingDays(yearStart, yearEnd) - (CALENDAR.isWorkingDay(date) ? 1 : 0));
    assertThat(tenant.withoutOverride(date)).isEqualTo(CALENDAR);
  }

  @Property
  void a_deadline_in_any_zone_ends_at_the_start_of_the_day_after_its_due_date(
      @ForAll @IntRange(max = 2191) int offset, @ForAll @IntRange(max = 200) int n,
      @ForAll @IntRange(min = -12, max = 14) int zoneHours) {
    ZoneId zone = ZoneOffset.ofHours(zoneHours);
    Instant start = day(offset).atTime(12, 0).atZone(zone).toInstant();

    Deadline deadline = CALENDAR.deadline(start, n, zone);

    assertThat(deadline.dueDate()).isEqualTo(CALENDAR.addWorkingDays(day(offset), n));
    assertThat(deadline.end().toLocalDateTime()).isEqualTo(deadline.dueDate().plusDays(1).atStartOfDay());
    assertThat(deadline.isMetAt(start)).isTrue();
  }

  @Property
  void a_result_is_never_in_a_year_without_data(
      @ForAll @IntRange(max = 2556) int offset, @ForAll @IntRange(max = WorkingDayCalendar.MAX_WORKING_DAYS) int n) {
    LocalDate from = day(offset);
    YearNotCoveredException e = catchThrowableOfType(YearNotCoveredException.class,
        () -> assertThat(CALENDAR.coveredYears()).contains(CALENDAR.addWorkingDays(from, n).getYear()));

    if (e != null) {
      assertThat(e.parameter()).isEqualTo("add");
      assertThat(e.year()).isEqualTo(2027);
    }
  }
}
