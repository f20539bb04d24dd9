package gongkai.cycle;

import gongkai.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.UnaryOperator;

/**
 * Every situation a cycle can be in, reached by legal moves only: the states, with REVIEW split into its open and
 * closed phases. Dates around National Day 2025 (1-8 October off; Sunday 28 September and Saturday 11 October worked).
 */
enum Situation {
  PLANNED(p -> p),
  NOTIFIED(p -> PLANNED.from(p).notifyUnits(Dates.NOTICE)),
  SELF_ASSESSMENT(p -> NOTIFIED.from(p).openSelfAssessment()),
  ASSESSMENT(p -> SELF_ASSESSMENT.from(p).startAssessment(Dates.START)),
  PRELIMINARY(p -> ASSESSMENT.from(p).computePreliminary()),
  REVIEW_OPEN(p -> PRELIMINARY.from(p).openReview(Dates.REVIEW_OPENED, Dates.CALENDAR, Dates.BEIJING)),
  REVIEW_CLOSED(p -> REVIEW_OPEN.from(p).closeReview(Dates.AFTER_WINDOW, 0)),
  FINAL(p -> REVIEW_CLOSED.from(p).finalise(Dates.APPROVAL)),
  PUBLISHED(p -> FINAL.from(p).publish(Dates.PUBLISHED)),
  CLOSED(p -> PUBLISHED.from(p).close()),
  CANCELLED(p -> NOTIFIED.from(p).cancel("merged into the provincial assessment"));

  private final UnaryOperator<CycleProgress> path;

  Situation(UnaryOperator<CycleProgress> path) {
    this.path = path;
  }

  /** The cycle in this situation, from a fresh PLANNED cycle under {@code rules}. */
  CycleProgress reach(CycleRules rules) {
    return from(CycleProgress.plan(rules));
  }

  private CycleProgress from(CycleProgress planned) {
    return path.apply(planned);
  }

  CycleState state() {
    return this == REVIEW_OPEN || this == REVIEW_CLOSED ? CycleState.REVIEW : CycleState.valueOf(name());
  }

  /** Applies {@code move} with arguments that satisfy every date guard, so only the state can refuse it. */
  static CycleProgress apply(CycleProgress p, Move move) {
    return switch (move) {
      case NOTIFY -> p.notifyUnits(Dates.NOTICE);
      case OPEN_SELF_ASSESSMENT -> p.openSelfAssessment();
      case START_ASSESSMENT -> p.startAssessment(Dates.START);
      case COMPUTE_PRELIMINARY -> p.computePreliminary();
      case REOPEN_ASSESSMENT -> p.reopenAssessment();
      case OPEN_REVIEW -> p.openReview(Dates.REVIEW_OPENED, Dates.CALENDAR, Dates.BEIJING);
      case CLOSE_REVIEW -> p.closeReview(Dates.AFTER_WINDOW, 0);
      case FINALISE -> p.finalise(Dates.APPROVAL);
      case PUBLISH -> p.publish(Dates.PUBLISHED);
      case CLOSE -> p.close();
      case CANCEL -> p.cancel("merged into the provincial assessment");
      case REQUEST_REVIEW -> {
        p.requireReviewRequestAt(Dates.REVIEW_OPENED);
        yield p;
      }
      case SUBMIT_SELF_ASSESSMENT, ENTER_SCORES, DECIDE_REVIEW -> {
        p.requireAllowed(move);
        yield p;
      }
    };
  }

  /** The dates the situations use. */
  static final class Dates {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    static final LocalDate NOTICE = LocalDate.of(2025, 9, 1);
    /** Exactly 15 days after the notice (Jinchang 2022 Art. 10). */
    static final LocalDate START = LocalDate.of(2025, 9, 16);
    /** Monday 29 September 2025, 10:00 in Beijing: 3 working days are 30 Sep, 9 Oct and 10 Oct. */
    static final Instant REVIEW_OPENED = beijing(2025, 9, 29, 10, 0);
    /** Saturday 11 October 2025, 00:00 in Beijing (a worked day, but after the window). */
    static final Instant AFTER_WINDOW = beijing(2025, 10, 11, 0, 0);
    static final LeadingGroupApproval APPROVAL = new LeadingGroupApproval("领导小组会议纪要〔2025〕7号",
        LocalDate.of(2025, 10, 20));
    static final Instant PUBLISHED = beijing(2025, 10, 24, 9, 0);

    static Instant beijing(int year, int month, int day, int hour, int minute) {
      return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, BEIJING).toInstant();
    }

    private Dates() {}
  }
}
