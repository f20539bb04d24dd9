package gongkai.cycle;

import gongkai.calendar.Deadline;
import gongkai.calendar.WorkingDayCalendar;
import gongkai.error.Check;
import gongkai.scoring.Grade;
import gongkai.survey.results.SatisfactionLevel;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The consequences of a cycle's grades, as pure functions the office acts on (rules.md, Common structure; Jiangmen
 * 2020 Art. 10; Zhoukou 2021 Art. 34; Weibin 2020 Art. 14-15). Lists keep the order of the caller's map (pass a
 * ranking-ordered map for a ranked list). Generic in the unit type {@code U}.
 */
public final class Consequences {

  private Consequences() {}

  /** Units for public commendation (通报表彰): grade EXCELLENT. */
  public static <U> List<U> commendations(Map<U, Grade> grades) {
    return withGrade(grades, Grade.EXCELLENT);
  }

  /** Units for public criticism (通报批评): grade FAIL (Zhoukou 2021 Art. 34). */
  public static <U> List<U> criticisms(Map<U, Grade> grades) {
    return withGrade(grades, Grade.FAIL);
  }

  private static <U> List<U> withGrade(Map<U, Grade> grades, Grade grade) {
    return grades.entrySet().stream().filter(e -> e.getValue() == grade).map(Map.Entry::getKey).toList();
  }

  /**
   * A rectification order for every FAIL grade, due {@code rules.rectificationWorkingDays()} working days after the
   * day of {@code issuedAt} in the tenant's zone (that day not counted).
   *
   * @throws gongkai.error.DomainException CONFLICT on {@code calendar} if the deadline runs into a year without
   *     holiday data
   */
  public static <U> List<RectificationOrder<U>> rectificationOrders(Map<U, Grade> grades, Instant issuedAt,
      CycleRules rules, WorkingDayCalendar calendar, ZoneId zone) {
    List<U> failed = criticisms(grades);
    if (failed.isEmpty()) {
      return List.of();
    }
    Deadline deadline = deadline(issuedAt, rules, calendar, zone);
    return failed.stream().map(unit -> new RectificationOrder<>(unit, RectificationOrder.Reason.FAIL_GRADE,
        Grade.FAIL.name(), issuedAt, deadline)).toList();
  }

  /** A rectification order for every failed month of a monthly bulletin (Weibin 2020 Art. 9(2), Art. 15). */
  public static <U> List<RectificationOrder<U>> rectificationOrdersForFailedMonths(
      List<RoutineAssessment.MonthResult<U>> bulletin, Instant issuedAt, CycleRules rules,
      WorkingDayCalendar calendar, ZoneId zone) {
    List<RectificationOrder<U>> orders = new ArrayList<>();
    for (RoutineAssessment.MonthResult<U> month : bulletin) {
      if (month.failed()) {
        orders.add(new RectificationOrder<>(month.unit(), RectificationOrder.Reason.FAILED_MONTH, month.month(),
            issuedAt, deadline(issuedAt, rules, calendar, zone)));
      }
    }
    return orders;
  }

  private static Deadline deadline(Instant issuedAt, CycleRules rules, WorkingDayCalendar calendar, ZoneId zone) {
    Check.present("issuedAt", issuedAt);
    Check.present("rules", rules);
    Check.present("calendar", calendar);
    Check.present("zone", zone);
    return TenantDeadlines.within(calendar, issuedAt, rules.rectificationWorkingDays(), zone);
  }

  /**
   * Units graded FAIL this year and last year (Jiangmen 2020 Art. 10). A unit without a grade last year (new, or
   * not assessed) is not flagged.
   */
  public static <U> List<AccountabilityFlag<U>> failTwoYearsRunning(Map<U, Grade> thisYear, Map<U, Grade> lastYear,
      int year) {
    return thisYear.entrySet().stream()
        .filter(e -> e.getValue() == Grade.FAIL && lastYear.get(e.getKey()) == Grade.FAIL)
        .map(e -> new AccountabilityFlag<>(e.getKey(), AccountabilityFlag.Kind.FAIL_TWO_YEARS_RUNNING,
            (year - 1) + " FAIL, " + year + " FAIL"))
        .toList();
  }

  /** Units whose social evaluation (社会评议) came out "dissatisfied" (Weibin 2020 Art. 14). */
  public static <U> List<AccountabilityFlag<U>> socialEvaluationDissatisfied(Map<U, SatisfactionLevel> levels,
      int year) {
    return levels.entrySet().stream()
        .filter(e -> e.getValue() == SatisfactionLevel.DISSATISFIED)
        .map(e -> new AccountabilityFlag<>(e.getKey(), AccountabilityFlag.Kind.SOCIAL_EVALUATION_DISSATISFIED,
            year + " social evaluation: DISSATISFIED"))
        .toList();
  }
}
