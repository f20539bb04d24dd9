package gongkai.cycle;

import static gongkai.cycle.Situation.Dates.BEIJING;
import static gongkai.cycle.Situation.Dates.CALENDAR;
import static gongkai.cycle.Situation.Dates.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gongkai.error.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date guards of the cycle: the notice period and the review window, with the tenant's working days. */
class CycleGuardsTest {

  private static CycleProgress notified(CycleRules rules, LocalDate on) {
    return CycleProgress.plan(rules).notifyUnits(on);
  }

  private static CycleProgress preliminary(CycleRules rules) {
    return notified(rules, LocalDate.of(2025, 1, 2)).openSelfAssessment().startAssessment(LocalDate.of(2025, 1, 17))
        .computePreliminary();
  }

  private static void assertConflict(Throwable thrown, String field, String... inMessage) {
    assertThat(thrown).isInstanceOf(DomainException.class);
    DomainException e = (DomainException) thrown;
    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).contains(inMessage);
  }

  // ---- notice: Jinchang 2022 Art. 10 ---------------------------------------------------------------------------

  @Test
  void assessment_may_start_exactly_15_days_after_the_notice() {
    CycleProgress cycle = notified(CycleRules.defaults(), LocalDate.of(2025, 3, 1)).openSelfAssessment();

    CycleProgress started = cycle.startAssessment(LocalDate.of(2025, 3, 16));

    assertThat(started.state()).isEqualTo(CycleState.ASSESSMENT);
    assertThat(started.assessmentStartedOn()).isEqualTo(LocalDate.of(2025, 3, 16));
    assertThat(cycle.earliestAssessmentStart()).isEqualTo(LocalDate.of(2025, 3, 16));
  }

  @Test
  void assessment_14_days_after_the_notice_is_refused_naming_the_earliest_day() {
    CycleProgress cycle = notified(CycleRules.defaults(), LocalDate.of(2025, 3, 1)).openSelfAssessment();

    Throwable thrown = catchThrowableOfType(() -> cycle.startAssessment(LocalDate.of(2025, 3, 15)),
        DomainException.class);

    assertConflict(thrown, "startDate", "2025-03-16", "2025-03-01", "15 days");
  }

  @Test
  void the_notice_guard_applies_when_self_assessment_is_skipped() {
    CycleProgress cycle = notified(CycleRules.defaults().withSelfAssessmentRequired(false), LocalDate.of(2025, 3, 1));

    assertConflict(catchThrowableOfType(() -> cycle.startAssessment(LocalDate.of(2025, 3, 15)),
        DomainException.class), "startDate", "2025-03-16");
    assertThat(cycle.startAssessment(LocalDate.of(2025, 3, 16)).state()).isEqualTo(CycleState.ASSESSMENT);
  }

  @Test
  void without_a_minimum_notice_the_assessment_may_start_on_the_notice_day() {
    CycleProgress cycle = notified(CycleRules.defaults().withMinimumNoticeDays(0), LocalDate.of(2025, 3, 1))
        .openSelfAssessment();

    assertThat(cycle.startAssessment(LocalDate.of(2025, 3, 1)).state()).isEqualTo(CycleState.ASSESSMENT);
    assertConflict(catchThrowableOfType(() -> cycle.startAssessment(LocalDate.of(2025, 2, 28)),
        DomainException.class), "startDate", "2025-03-01");
  }

  @Test
  void starting_without_self_assessment_when_the_rules_require_it_is_409() {
    CycleProgress cycle = notified(CycleRules.defaults(), LocalDate.of(2025, 3, 1));

    assertConflict(catchThrowableOfType(() -> cycle.startAssessment(LocalDate.of(2025, 4, 1)),
        DomainException.class), "state", "NOTIFIED", "START_ASSESSMENT", "self-assessment first");
  }

  // ---- the review window ---------------------------------------------------------------------------------------

  /**
   * National Day 2025: 1-8 October off, Saturday 11 October worked. Opened on Monday 29 September, the 3 working
   * days are 30 September, 9 and 10 October; decisions are due 5 working days later: 11 (Sat), 13, 14, 15, 16.
   */
  @Test
  void review_window_across_national_day_ends_with_its_third_working_day() {
    CycleProgress review = preliminary(CycleRules.defaults()).openReview(beijing(2025, 9, 29, 10, 0), CALENDAR,
        BEIJING);

    assertThat(review.reviewWindow().dueDate()).isEqualTo(LocalDate.of(2025, 10, 10));
    assertThat(review.reviewWindow().end().toInstant()).isEqualTo(beijing(2025, 10, 11, 0, 0));
    assertThat(review.reviewDecisionDeadline().dueDate()).isEqualTo(LocalDate.of(2025, 10, 16));
  }

  @ParameterizedTest(name = "request at {0} {1} Beijing accepted: {2}")
  @CsvSource({
      "2025-09-29, 10:01, true", // the day it opened
      "2025-10-03, 12:00, true", // a holiday inside the window
      "2025-10-10, 23:59, true", // the last working day of the window
      "2025-10-11, 00:00, false", // the day after (a worked Saturday: it does not extend the window)
      "2025-10-13, 09:00, false"})
  void review_request_on_the_last_working_day_is_accepted_and_the_day_after_refused(LocalDate day, String time,
      boolean accepted) {
    CycleProgress review = preliminary(CycleRules.defaults()).openReview(beijing(2025, 9, 29, 10, 0), CALENDAR,
        BEIJING);
    Instant at = day.atTime(java.time.LocalTime.parse(time)).atZone(BEIJING).toInstant();

    assertThat(review.acceptsReviewRequestAt(at)).isEqualTo(accepted);
    if (accepted) {
      review.requireReviewRequestAt(at);
    } else {
      assertConflict(catchThrowableOfType(() -> review.requireReviewRequestAt(at), DomainException.class),
          "requestedAt", "2025-10-10", "closed");
    }
  }

  /** Spring Festival 2025: 28 January to 4 February off, Sunday 26 January and Saturday 8 February worked. */
  @Test
  void a_five_working_day_window_across_spring_festival_counts_the_worked_saturday() {
    CycleProgress review = preliminary(CycleRules.defaults().withReviewWorkingDays(5))
        .openReview(beijing(2025, 1, 27, 16, 0), CALENDAR, BEIJING);

    // 5, 6, 7, 8 (Saturday, worked) and 10 February
    assertThat(review.reviewWindow().dueDate()).isEqualTo(LocalDate.of(2025, 2, 10));
    assertThat(review.acceptsReviewRequestAt(beijing(2025, 2, 10, 17, 30))).isTrue();
    assertThat(review.acceptsReviewRequestAt(beijing(2025, 2, 11, 0, 0))).isFalse();
  }

  @Test
  void the_window_starts_from_the_day_in_the_tenants_zone() {
    // 17:00 UTC on Sunday 28 September is 01:00 on Monday 29 September in Beijing
    CycleProgress review = preliminary(CycleRules.defaults()).openReview(Instant.parse("2025-09-28T17:00:00Z"),
        CALENDAR, BEIJING);

    assertThat(review.reviewWindow().dueDate()).isEqualTo(LocalDate.of(2025, 10, 10));
  }

  @Test
  void the_review_cannot_close_while_the_window_is_open_or_a_request_is_undecided() {
    CycleProgress review = preliminary(CycleRules.defaults()).openReview(beijing(2025, 9, 29, 10, 0), CALENDAR,
        BEIJING);

    assertConflict(catchThrowableOfType(() -> review.closeReview(beijing(2025, 10, 10, 18, 0), 0),
        DomainException.class), "now", "open until");
    assertConflict(catchThrowableOfType(() -> review.closeReview(beijing(2025, 10, 11, 0, 0), 2),
        DomainException.class), "reviewRequests", "2 review request(s)");
    CycleProgress closed = review.closeReview(beijing(2025, 10, 11, 0, 0), 0);
    assertThat(closed.reviewClosed()).isTrue();
    assertThat(closed.acceptsReviewRequestAt(beijing(2025, 10, 10, 9, 0))).isFalse();
  }

  @Test
  void opening_a_review_that_runs_into_a_year_without_holiday_data_is_409_on_the_calendar() {
    CycleProgress cycle = notified(CycleRules.defaults(), LocalDate.of(2026, 11, 2)).openSelfAssessment()
        .startAssessment(LocalDate.of(2026, 12, 1)).computePreliminary();

    assertConflict(catchThrowableOfType(() -> cycle.openReview(beijing(2026, 12, 30, 9, 0), CALENDAR, BEIJING),
        DomainException.class), "calendar", "2027");
  }

  // ---- after FINAL --------------------------------------------------------------------------------------------

  @Test
  void scoring_after_finalisation_is_409_because_the_grades_are_locked() {
    CycleProgress cycle = Situation.FINAL.reach(CycleRules.defaults());

    assertConflict(catchThrowableOfType(() -> cycle.requireAllowed(Move.ENTER_SCORES), DomainException.class),
        "state", "FINAL", "ENTER_SCORES", "locked");
  }

  @Test
  void finalising_an_open_review_asks_to_close_it_first() {
    CycleProgress cycle = Situation.REVIEW_OPEN.reach(CycleRules.defaults());

    assertConflict(catchThrowableOfType(() -> cycle.finalise(Situation.Dates.APPROVAL), DomainException.class),
        "state", "REVIEW (review open)", "FINALISE", "close the review first");
  }

  // ---- arguments ----------------------------------------------------------------------------------------------

  @Test
  void missing_arguments_are_400_naming_the_field() {
    CycleProgress planned = CycleProgress.plan(CycleRules.defaults());
    assertInvalid(() -> planned.notifyUnits(null), "noticeDate");
    assertInvalid(() -> planned.cancel(" "), "reason");
    assertInvalid(() -> new LeadingGroupApproval("", LocalDate.of(2025, 1, 1)), "approval.reference");
    assertInvalid(() -> new LeadingGroupApproval("纪要", null), "approval.approvedOn");
  }

  private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
      assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
      assertThat(e.field()).isEqualTo(field);
    });
  }
}
