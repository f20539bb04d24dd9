package gongkai.cycle;

import static gongkai.cycle.Situation.Dates.BEIJING;
import static gongkai.cycle.Situation.Dates.CALENDAR;
import static gongkai.cycle.Situation.Dates.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.cycle.RoutineAssessment.Miss;
import gongkai.cycle.RoutineAssessment.MonthResult;
import gongkai.error.DomainException;
import gongkai.scoring.Grade;
import gongkai.survey.results.SatisfactionLevel;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsequencesTest {

  private static final Map<String, Grade> GRADES = grades(
      "education", Grade.EXCELLENT, "health", Grade.FAIL, "water", Grade.GOOD, "town-a", Grade.EXCELLENT,
      "town-b", Grade.FAIL, "town-c", Grade.PASS);

  private static Map<String, Grade> grades(Object... pairs) {
    Map<String, Grade> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Grade) pairs[i + 1]);
    }
    return map;
  }

  @Test
  void excellent_units_are_commended_and_failing_units_criticised_in_the_callers_order() {
    assertThat(Consequences.commendations(GRADES)).containsExactly("education", "town-a");
    assertThat(Consequences.criticisms(GRADES)).containsExactly("health", "town-b");
    assertThat(Consequences.commendations(grades("x", Grade.GOOD))).isEmpty();
  }

  @Test
  void each_fail_gets_a_rectification_order_due_in_working_days_across_national_day() {
    // issued Monday 29 September 2025; 20 working days: 30 Sep (1), 1-8 Oct off, 9-10 Oct (3), 11 Oct (Saturday,
    // worked: 4), 13-17 (9), 20-24 (14), 27-31 (19), Monday 3 November (20)
    List<RectificationOrder<String>> orders = Consequences.rectificationOrders(GRADES, beijing(2025, 9, 29, 9, 0),
        CycleRules.defaults(), CALENDAR, BEIJING);

    assertThat(orders).extracting(RectificationOrder::unit).containsExactly("health", "town-b");
    assertThat(orders).allSatisfy(order -> {
      assertThat(order.reason()).isEqualTo(RectificationOrder.Reason.FAIL_GRADE);
      assertThat(order.deadline().dueDate()).isEqualTo(LocalDate.of(2025, 11, 3));
    });
    assertThat(CALENDAR.countWorkingDays(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 11, 3))).isEqualTo(20);
  }

  @Test
  void the_rectification_period_follows_the_rules() {
    List<RectificationOrder<String>> orders = Consequences.rectificationOrders(grades("health", Grade.FAIL),
        beijing(2025, 1, 27, 9, 0), CycleRules.defaults().withRectificationWorkingDays(5), CALENDAR, BEIJING);

    // Spring Festival 2025: 5, 6, 7, 8 (Saturday, worked), 10 February
    assertThat(orders.get(0).deadline().dueDate()).isEqualTo(LocalDate.of(2025, 2, 10));
  }

  @Test
  void a_deadline_in_a_year_without_holiday_data_is_409_on_the_calendar() {
    assertThatThrownBy(() -> Consequences.rectificationOrders(grades("health", Grade.FAIL),
        beijing(2026, 12, 20, 9, 0), CycleRules.defaults(), CALENDAR, BEIJING))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
          assertThat(e.field()).isEqualTo("calendar");
        });
  }

  @Test
  void failed_months_of_the_bulletin_get_rectification_orders() {
    List<MonthResult<String>> bulletin = List.of(
        new MonthResult<>("town-a", "2025-03", 4, List.of(new Miss("2025-W11", "website-update"))),
        new MonthResult<>("town-b", "2025-03", 4, List.of()));

    List<RectificationOrder<String>> orders = Consequences.rectificationOrdersForFailedMonths(bulletin,
        beijing(2025, 4, 1, 9, 0), CycleRules.defaults(), CALENDAR, BEIJING);

    assertThat(orders).singleElement().satisfies(order -> {
      assertThat(order.unit()).isEqualTo("town-a");
      assertThat(order.reason()).isEqualTo(RectificationOrder.Reason.FAILED_MONTH);
      assertThat(order.subject()).isEqualTo("2025-03");
    });
  }

  @Test
  void fail_two_years_running_is_flagged_and_a_first_fail_or_a_new_unit_is_not() {
    Map<String, Grade> lastYear = grades("health", Grade.FAIL, "town-b", Grade.PASS, "water", Grade.FAIL);
    // health: FAIL, FAIL; town-b: PASS then FAIL; water: FAIL then GOOD; education: EXCELLENT; new town-c

    List<AccountabilityFlag<String>> flags = Consequences.failTwoYearsRunning(GRADES, lastYear, 2025);

    assertThat(flags).singleElement().satisfies(flag -> {
      assertThat(flag.unit()).isEqualTo("health");
      assertThat(flag.kind()).isEqualTo(AccountabilityFlag.Kind.FAIL_TWO_YEARS_RUNNING);
      assertThat(flag.basis()).isEqualTo("2024 FAIL, 2025 FAIL");
    });
    assertThat(Consequences.failTwoYearsRunning(grades("new-unit", Grade.FAIL), Map.of(), 2025)).isEmpty();
  }

  @Test
  void a_dissatisfied_social_evaluation_is_flagged() {
    Map<String, SatisfactionLevel> levels = new LinkedHashMap<>();
    levels.put("health", SatisfactionLevel.SATISFIED);
    levels.put("water", SatisfactionLevel.DISSATISFIED);
    levels.put("town-a", SatisfactionLevel.BASICALLY_SATISFIED);

    assertThat(Consequences.socialEvaluationDissatisfied(levels, 2025)).singleElement().satisfies(flag -> {
      assertThat(flag.unit()).isEqualTo("water");
      assertThat(flag.kind()).isEqualTo(AccountabilityFlag.Kind.SOCIAL_EVALUATION_DISSATISFIED);
    });
  }
}
