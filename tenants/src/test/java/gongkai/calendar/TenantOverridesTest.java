package gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantOverridesTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
  private static final LocalDate SATURDAY = LocalDate.of(2025, 3, 1);

  private final WorkingDayCalendar official = WorkingDayCalendar.official();

  @Test
  void local_holiday_takes_a_weekday_off() {
    WorkingDayCalendar tenant = official.withLocalHoliday(MONDAY, "区庆");

    assertThat(tenant.isWorkingDay(MONDAY)).isFalse();
    assertThat(tenant.describe(MONDAY)).isEqualTo(new CalendarDay(MONDAY, DayReason.LOCAL_HOLIDAY, "区庆"));
    assertThat(tenant.addWorkingDays(LocalDate.of(2025, 2, 28), 1)).isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(tenant.countWorkingDays(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)))
        .isEqualTo(official.countWorkingDays(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)) - 1);
  }

  @Test
  void extra_working_day_makes_a_saturday_worked() {
    WorkingDayCalendar tenant = official.withWorkingDay(SATURDAY, "防汛值班");

    assertThat(tenant.isWorkingDay(SATURDAY)).isTrue();
    assertThat(tenant.describe(SATURDAY).reason()).isEqualTo(DayReason.LOCAL_WORKING_DAY);
    assertThat(tenant.addWorkingDays(LocalDate.of(2025, 2, 28), 1)).isEqualTo(SATURDAY);
  }

  @Test
  void tenant_overrides_win_over_the_official_list() {
    LocalDate officialHoliday = LocalDate.of(2025, 10, 8);
    LocalDate adjustedWorkingDay = LocalDate.of(2025, 1, 26);

    WorkingDayCalendar tenant = official
        .withWorkingDay(officialHoliday, "值班")
        .withLocalHoliday(adjustedWorkingDay, "本地休息");

    assertThat(tenant.isWorkingDay(officialHoliday)).isTrue();
    assertThat(tenant.isWorkingDay(adjustedWorkingDay)).isFalse();
  }

  @Test
  void a_second_override_on_the_same_date_replaces_the_first() {
    WorkingDayCalendar tenant = official.withLocalHoliday(MONDAY, "区庆").withWorkingDay(MONDAY, "改为上班");

    assertThat(tenant.isWorkingDay(MONDAY)).isTrue();
    assertThat(tenant.overrides()).containsExactly(new SpecialDay(MONDAY, DayKind.WORKDAY, "改为上班"));
  }

  @Test
  void removing_an_override_restores_the_official_day() {
    WorkingDayCalendar tenant = official.withLocalHoliday(MONDAY, "区庆");

    WorkingDayCalendar restored = tenant.withoutOverride(MONDAY);

    assertThat(restored.isWorkingDay(MONDAY)).isTrue();
    assertThat(restored.override(MONDAY)).isEmpty();
    assertThat(restored).isEqualTo(official);
  }

  @Test
  void removing_a_missing_override_changes_nothing() {
    assertThat(official.withoutOverride(MONDAY)).isSameAs(official);
  }

  @Test
  void calendars_are_immutable() {
    official.withLocalHoliday(MONDAY, "区庆");

    assertThat(official.isWorkingDay(MONDAY)).isTrue();
    assertThat(official.overrides()).isEmpty();
  }

  @Test
  void overrides_are_listed_in_date_order() {
    WorkingDayCalendar tenant = official.withLocalHoliday(MONDAY, "b").withWorkingDay(SATURDAY, "a");

    assertThat(tenant.overrides()).extracting(SpecialDay::date).containsExactly(SATURDAY, MONDAY);
    assertThat(WorkingDayCalendar.of(OfficialDays.builtIn(), tenant.overrides())).isEqualTo(tenant);
  }

  @Test
  void an_override_does_not_make_a_year_covered() {
    LocalDate inUncoveredYear = LocalDate.of(2027, 1, 5);
    WorkingDayCalendar tenant = official.withLocalHoliday(inUncoveredYear, "区庆");

    assertThat(tenant.override(inUncoveredYear)).isPresent();
    assertThatThrownBy(() -> tenant.isWorkingDay(inUncoveredYear))
        .isInstanceOfSatisfying(YearNotCoveredException.class, e -> assertThat(e.year()).isEqualTo(2027));
  }

  @Test
  void an_override_needs_a_name() {
    assertThatThrownBy(() -> official.withLocalHoliday(MONDAY, "  "))
        .isInstanceOfSatisfying(CalendarArgumentException.class, e -> {
          assertThat(e.parameter()).isEqualTo("name");
          assertThat(e.getMessage()).isEqualTo("name: a name is required, e.g. 春节");
        });
    assertThatThrownBy(() -> official.withWorkingDay(MONDAY, "x".repeat(61)))
        .isInstanceOfSatisfying(CalendarArgumentException.class, e -> assertThat(e.parameter()).isEqualTo("name"));
    assertThatThrownBy(() -> official.withWorkingDay(null, "x"))
        .isInstanceOfSatisfying(CalendarArgumentException.class, e -> assertThat(e.parameter()).isEqualTo("date"));
  }

  @Test
  void stored_overrides_must_not_repeat_a_date() {
    List<SpecialDay> twice = List.of(
        new SpecialDay(MONDAY, DayKind.HOLIDAY, "a"), new SpecialDay(MONDAY, DayKind.WORKDAY, "b"));

    assertThatThrownBy(() -> WorkingDayCalendar.of(OfficialDays.builtIn(), twice))
        .isInstanceOfSatisfying(CalendarArgumentException.class, e -> assertThat(e.parameter()).isEqualTo("date"));
  }
}
