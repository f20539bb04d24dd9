package gongkai.cycle;

import gongkai.calendar.Deadline;
import gongkai.calendar.WorkingDayCalendar;
import gongkai.error.Check;
import gongkai.error.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Where one assessment cycle stands: its {@link CycleState} and the dates the procedure has fixed so far. An
 * immutable value; each verb returns the next value or throws, and nothing else changes state. Every move the state
 * does not allow throws a {@link DomainException} of kind CONFLICT (409) naming the state and the move; guards that
 * depend on dates (the notice period, the review window) are CONFLICTs too, with the dates in the message. The
 * transitions and why they are what they are: docs/decisions/006-cycle-state-machine.md.
 *
 * <p>The canonical constructor is for loading a stored cycle; it checks that the dates the state needs are there.
 * New cycles start with {@link #plan(CycleRules)}.
 *
 * @param noticeDate            the day the scoring sheet was issued (Jinchang 2022 Art. 10)
 * @param assessmentStartedOn   the day the assessors started
 * @param reviewWindow          until when units may contest (set by {@link #openReview})
 * @param reviewDecisionDeadline until when assessors should have decided the requests
 * @param reviewClosedAt        when the review was closed; null while it is open
 * @param approval              the leading group's approval (set by {@link #finalise})
 * @param cancellationReason    why the cycle was cancelled
 */
public record CycleProgress(
    CycleState state,
    CycleRules rules,
    LocalDate noticeDate,
    LocalDate assessmentStartedOn,
    Deadline reviewWindow,
    Deadline reviewDecisionDeadline,
    Instant reviewClosedAt,
    LeadingGroupApproval approval,
    Instant publishedAt,
    String cancellationReason) {

  public CycleProgress {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(rules, "rules");
    boolean pastNotice = state.compareTo(CycleState.NOTIFIED) >= 0 && state != CycleState.CANCELLED;
    requireFor(pastNotice, noticeDate, "noticeDate", state);
    requireFor(pastNotice && state.compareTo(CycleState.ASSESSMENT) >= 0, assessmentStartedOn,
        "assessmentStartedOn", state);
    boolean pastReview = pastNotice && state.compareTo(CycleState.REVIEW) >= 0;
    requireFor(pastReview, reviewWindow, "reviewWindow", state);
    requireFor(pastReview, reviewDecisionDeadline, "reviewDecisionDeadline", state);
    boolean pastFinal = pastNotice && state.compareTo(CycleState.FINAL) >= 0;
    requireFor(pastFinal, reviewClosedAt, "reviewClosedAt", state);
    requireFor(pastFinal, approval, "approval", state);
    requireFor(pastNotice && state.compareTo(CycleState.PUBLISHED) >= 0, publishedAt, "publishedAt", state);
    requireFor(state == CycleState.CANCELLED, cancellationReason, "cancellationReason", state);
  }

  private static void requireFor(boolean needed, Object value, String name, CycleState state) {
    if (needed && value == null) {
      throw new IllegalArgumentException(name + " is required in state " + state);
    }
  }

  /** A new cycle under {@code rules}, in state PLANNED. */
  public static CycleProgress plan(CycleRules rules) {
    return new CycleProgress(CycleState.PLANNED, Check.present("rules", rules), null, null, null, null, null, null,
        null, null);
  }

  // ---- what is allowed ----------------------------------------------------------------------------------------

  /** Whether the review phase is over (the state is still REVIEW until the leading group approves). */
  public boolean reviewClosed() {
    return reviewClosedAt != null;
  }

  /**
   * Whether the current state allows {@code move}, for the UI. Date guards are not part of the answer (they depend
   * on the day): see {@link #earliestAssessmentStart()} and {@link #acceptsReviewRequestAt(Instant)}.
   */
  public boolean allows(Move move) {
    return target(Check.present("move", move)) != null;
  }

  /** Throws the 409 a refused move gets; for the actions inside a state ({@link Move#ENTER_SCORES} and so on). */
  public void requireAllowed(Move move) {
    if (!allows(move)) {
      throw refused(move);
    }
  }

  /** The state {@code move} leads to from here, or null if it is not allowed. */
  private CycleState target(Move move) {
    boolean reviewOpen = state == CycleState.REVIEW && !reviewClosed();
    return switch (move) {
      case NOTIFY -> state == CycleState.PLANNED ? CycleState.NOTIFIED : null;
      case OPEN_SELF_ASSESSMENT -> state == CycleState.NOTIFIED ? CycleState.SELF_ASSESSMENT : null;
      case START_ASSESSMENT -> state == CycleState.SELF_ASSESSMENT
          || (state == CycleState.NOTIFIED && !rules.selfAssessmentRequired()) ? CycleState.ASSESSMENT : null;
      case COMPUTE_PRELIMINARY -> state == CycleState.ASSESSMENT ? CycleState.PRELIMINARY : null;
      case REOPEN_ASSESSMENT -> state == CycleState.PRELIMINARY ? CycleState.ASSESSMENT : null;
      case OPEN_REVIEW -> state == CycleState.PRELIMINARY ? CycleState.REVIEW : null;
      case CLOSE_REVIEW, REQUEST_REVIEW, DECIDE_REVIEW -> reviewOpen ? CycleState.REVIEW : null;
      case FINALISE -> state == CycleState.REVIEW && reviewClosed() ? CycleState.FINAL : null;
      case PUBLISH -> state == CycleState.FINAL ? CycleState.PUBLISHED : null;
      case CLOSE -> state == CycleState.PUBLISHED ? CycleState.CLOSED : null;
      // Only before any assessor scored: from then on the cycle holds official work, and it is carried through.
      case CANCEL -> state == CycleState.PLANNED || state == CycleState.NOTIFIED
          || state == CycleState.SELF_ASSESSMENT ? CycleState.CANCELLED : null;
      case SUBMIT_SELF_ASSESSMENT -> state == CycleState.SELF_ASSESSMENT ? state : null;
      // Scores change in ASSESSMENT, and in an open review after an assessor accepted a request; never after.
      case ENTER_SCORES -> state == CycleState.ASSESSMENT || reviewOpen ? state : null;
    };
  }

  private CycleState next(Move move) {
    CycleState target = target(move);
    if (target == null) {
      throw refused(move);
    }
    return target;
  }

  private DomainException refused(Move move) {
    String where = state == CycleState.REVIEW ? "REVIEW (review " + (reviewClosed() ? "closed" : "open") + ")"
        : state.name();
    String hint = switch (move) {
      case START_ASSESSMENT -> state == CycleState.NOTIFIED ? ": the rules require self-assessment first" : "";
      case FINALISE -> state == CycleState.REVIEW ? ": close the review first" : "";
      case ENTER_SCORES -> state.gradesLocked() ? ": the grades are locked" : "";
      default -> "";
    };
    return DomainException.conflict("state", "A cycle in state " + where + " does not allow " + move + hint);
  }

  // ---- the verbs ----------------------------------------------------------------------------------------------

  /**
   * PLANNED -> NOTIFIED: the scoring sheet was issued to the units on {@code noticeDate}. (Not {@code notify}: that
   * name belongs to {@link Object#notify()}.)
   */
  public CycleProgress notifyUnits(LocalDate noticeDate) {
    CycleState next = next(Move.NOTIFY);
    Check.present("noticeDate", noticeDate);
    return new CycleProgress(next, rules, noticeDate, null, null, null, null, null, null, null);
  }

  /** NOTIFIED -> SELF_ASSESSMENT. */
  public CycleProgress openSelfAssessment() {
    return new CycleProgress(next(Move.OPEN_SELF_ASSESSMENT), rules, noticeDate, null, null, null, null, null, null,
        null);
  }

  /** The first day the assessment may start: the notice date plus the minimum notice (calendar days). */
  public LocalDate earliestAssessmentStart() {
    return noticeDate == null ? null : noticeDate.plusDays(rules.minimumNoticeDays());
  }

  /**
   * SELF_ASSESSMENT (or NOTIFIED, if self-assessment is not required) -> ASSESSMENT on {@code startDate}. Jinchang
   * 2022 Art. 10: units are notified 15 days before the assessment, so notified on 1 March the assessment may
   * start on 16 March, not on the 15th. Units that have not submitted by then are shown as such; they do not hold
   * the assessment up.
   */
  public CycleProgress startAssessment(LocalDate startDate) {
    CycleState next = next(Move.START_ASSESSMENT);
    Check.present("startDate", startDate);
    LocalDate earliest = earliestAssessmentStart();
    if (startDate.isBefore(earliest)) {
      throw DomainException.conflict("startDate", "The assessment may not start before " + earliest
          + ": the units were notified on " + noticeDate + " and the rules require " + rules.minimumNoticeDays()
          + " days' notice");
    }
    return new CycleProgress(next, rules, noticeDate, startDate, null, null, null, null, null, null);
  }

  /** ASSESSMENT -> PRELIMINARY: the engine's preliminary results exist (computed by the caller). */
  public CycleProgress computePreliminary() {
    return new CycleProgress(next(Move.COMPUTE_PRELIMINARY), rules, noticeDate, assessmentStartedOn, null, null,
        null, null, null, null);
  }

  /** PRELIMINARY -> ASSESSMENT: correct scores before the units see the results. */
  public CycleProgress reopenAssessment() {
    return new CycleProgress(next(Move.REOPEN_ASSESSMENT), rules, noticeDate, assessmentStartedOn, null, null, null,
        null, null, null);
  }

  /**
   * PRELIMINARY -> REVIEW at {@code now}: units may contest until the end of the {@code reviewWorkingDays}-th
   * working day after the day {@code now} falls on in {@code zone} (that day itself not counted); assessors should
   * decide within {@code reviewDecisionWorkingDays} working days after that day (Jinchang 12345 rules: review
   * within 3 days, decided within 5 days after that).
   *
   * @throws DomainException CONFLICT (field {@code calendar}) if the tenant's calendar has no data for the days the
   *     window needs: the tenant administrator imports that year's list
   */
  public CycleProgress openReview(Instant now, WorkingDayCalendar calendar, ZoneId zone) {
    CycleState next = next(Move.OPEN_REVIEW);
    Check.present("now", now);
    Check.present("calendar", calendar);
    Check.present("zone", zone);
    Deadline window = TenantDeadlines.within(calendar, now, rules.reviewWorkingDays(), zone);
    // counted from the window's last day, which itself is not counted
    Deadline decision = TenantDeadlines.within(calendar, window.dueDate().atStartOfDay(zone).toInstant(),
        rules.reviewDecisionWorkingDays(), zone);
    return new CycleProgress(next, rules, noticeDate, assessmentStartedOn, window, decision, null, null, null, null);
  }

  /** Whether a review request made at {@code at} is accepted: the review is open and its window has not ended. */
  public boolean acceptsReviewRequestAt(Instant at) {
    return allows(Move.REQUEST_REVIEW) && reviewWindow.isMetAt(Check.present("at", at));
  }

  /** Throws the 409 a review request at {@code at} gets, if it is refused. */
  public void requireReviewRequestAt(Instant at) {
    requireAllowed(Move.REQUEST_REVIEW);
    if (!reviewWindow.isMetAt(Check.present("at", at))) {
      throw DomainException.conflict("requestedAt", "The review window closed at " + reviewWindow.end()
          + " (the last day was " + reviewWindow.dueDate() + "); a review request at " + at + " is refused");
    }
  }

  /**
   * Ends the review phase at {@code now} (the state stays REVIEW): only once the window has ended, since until then
   * every unit may still contest, and only when no request is waiting for a decision.
   */
  public CycleProgress closeReview(Instant now, int undecidedRequests) {
    CycleState next = next(Move.CLOSE_REVIEW);
    Check.present("now", now);
    if (reviewWindow.isMetAt(now)) {
      throw DomainException.conflict("now", "The review window is open until " + reviewWindow.end()
          + "; units may still contest, so the review cannot close at " + now);
    }
    if (undecidedRequests > 0) {
      throw DomainException.conflict("reviewRequests", undecidedRequests
          + " review request(s) still await a decision; the review cannot close");
    }
    return new CycleProgress(next, rules, noticeDate, assessmentStartedOn, reviewWindow, reviewDecisionDeadline, now,
        null, null, null);
  }

  /** REVIEW (closed) -> FINAL: the leading group approved; grades are locked from now on. */
  public CycleProgress finalise(LeadingGroupApproval approval) {
    CycleState next = next(Move.FINALISE);
    Check.present("approval", approval);
    return new CycleProgress(next, rules, noticeDate, assessmentStartedOn, reviewWindow, reviewDecisionDeadline,
        reviewClosedAt, approval, null, null);
  }

  /** FINAL -> PUBLISHED at {@code now}. */
  public CycleProgress publish(Instant now) {
    CycleState next = next(Move.PUBLISH);
    Check.present("now", now);
    return new CycleProgress(next, rules, noticeDate, assessmentStartedOn, reviewWindow, reviewDecisionDeadline,
        reviewClosedAt, approval, now, null);
  }

  /** PUBLISHED -> CLOSED. Rectification orders are not waited for: they carry their own deadlines. */
  public CycleProgress close() {
    return new CycleProgress(next(Move.CLOSE), rules, noticeDate, assessmentStartedOn, reviewWindow,
        reviewDecisionDeadline, reviewClosedAt, approval, publishedAt, null);
  }

  /** PLANNED, NOTIFIED or SELF_ASSESSMENT -> CANCELLED, with the reason the office gives. */
  public CycleProgress cancel(String reason) {
    CycleState next = next(Move.CANCEL);
    String why = Check.required("reason", reason, 500);
    return new CycleProgress(next, rules, noticeDate, assessmentStartedOn, null, null, null, null, null, why);
  }
}
