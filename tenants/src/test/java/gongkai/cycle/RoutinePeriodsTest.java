package gongkai.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.error.DomainException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutinePeriodsTest {

  @ParameterizedTest(name = "{0} is in {1}, {2}")
  @CsvSource({
      "2020-W07, 2020-02, 2020-Q1", // Thursday 13 February 2020
      "2025-W01, 2025-01, 2025-Q1", // Monday 30 December 2024 to Sunday 5 January 2025: Thursday 2 January
      "2020-W53, 2020-12, 2020-Q4", // Thursday 31 December 2020
      "2025-W05, 2025-01, 2025-Q1", // Spring Festival week, 27 January to 2 February: Thursday 30 January
      "2025-W40, 2025-10, 2025-Q4", // National Day week, 29 September to 5 October: Thursday 2 October
      "2025-W14, 2025-04, 2025-Q2", // 31 March to 6 April: Thursday 3 April
      "2024-03,  2024-03, 2024-Q1",
      "2024-04,  2024-04, 2024-Q2",
      "2024-12,  2024-12, 2024-Q4"})
  void weeks_and_months_roll_up_into_months_and_quarters(String period, String month, String quarter) {
    assertThat(RoutinePeriods.monthOf(period)).isEqualTo(month);
    assertThat(RoutinePeriods.quarterOf(period)).isEqualTo(quarter);
  }

  @Test
  void a_quarter_is_its_own_quarter_but_has_no_month() {
    assertThat(RoutinePeriods.quarterOf("2020-Q3")).isEqualTo("2020-Q3");
    assertInvalid(() -> RoutinePeriods.monthOf("2020-Q3"), "period");
  }

  @ParameterizedTest
  @CsvSource({"2021-W53", "2020-13", "2020-7", "2020-W00", "2020-Q5", "2020/01", "''"})
  void malformed_keys_and_weeks_a_year_does_not_have_are_400(String period) {
    assertInvalid(() -> RoutinePeriods.quarterOf(period), "period");
  }

  @Test
  void weekly_keys_group_into_months_and_quarters_in_time_order() {
    List<String> weeks = List.of("2025-W10", "2025-W05", "2025-W01", "2025-W14", "2025-W09", "2025-W13");

    assertThat(RoutinePeriods.groupByMonth(weeks)).isEqualTo(Map.of(
        "2025-01", List.of("2025-W01", "2025-W05"),
        "2025-02", List.of("2025-W09"),
        "2025-03", List.of("2025-W10", "2025-W13"),
        "2025-04", List.of("2025-W14")));
    assertThat(RoutinePeriods.groupByQuarter(weeks)).containsOnlyKeys("2025-Q1", "2025-Q2");
    assertThat(RoutinePeriods.groupByQuarter(List.of("2024-05", "2024-01", "2024-03", "2024-Q3")))
        .isEqualTo(Map.of("2024-Q1", List.of("2024-01", "2024-03"), "2024-Q2", List.of("2024-05"),
            "2024-Q3", List.of("2024-Q3")));
  }

  @Test
  void a_bad_key_in_a_list_is_named_by_its_index() {
    assertInvalid(() -> RoutinePeriods.groupByMonth(List.of("2025-W01", "2025-W99")), "periods[1]");
    assertInvalid(() -> RoutinePeriods.groupByMonth(List.of("2025-Q1")), "periods[0]");
  }

  private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
      assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
      assertThat(e.field()).isEqualTo(field);
    });
  }
}
