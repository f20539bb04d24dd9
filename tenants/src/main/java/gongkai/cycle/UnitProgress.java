package gongkai.cycle;

import gongkai.error.Check;
import gongkai.error.DomainException;
import gongkai.scoring.Grade;
import gongkai.scoring.SchemeDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One assessed unit's progress within a cycle: its self-assessment, the assessors' scores, its review requests and
 * its final grade. An immutable value; each verb checks the cycle allows it (409 otherwise, from
 * {@link CycleProgress}), checks its input (400 naming the field) and returns the next value. Who may act for which
 * unit (a liaison only for their own unit, an assessor only for assigned units) is the service's check, not this one.
 *
 * @param selfAssessment            the latest draft or the submitted self-assessment; null before any
 * @param selfAssessmentSubmittedAt null until submitted
 * @param scores                    the assessors' scores by leaf indicator code
 * @param scoredAt                  when the assessors declared the unit completely scored; null before
 * @param reviewRequests            in the order they were made, at most one per indicator
 * @param finalGrade                the grade locked by the leading group's approval; null before
 */
public record UnitProgress(
    SelfAssessment selfAssessment,
    Instant selfAssessmentSubmittedAt,
    Map<String, AssessorScore> scores,
    Instant scoredAt,
    List<ReviewRequest> reviewRequests,
    Grade finalGrade) {

  public UnitProgress {
    scores = scores == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    reviewRequests = reviewRequests == null ? List.of() : List.copyOf(reviewRequests);
  }

  /** A unit that has done nothing yet in the cycle. */
  public static UnitProgress notStarted() {
    return new UnitProgress(null, null, null, null, null, null);
  }

  /** The dashboard's view of this unit. */
  public UnitStage stage() {
    if (finalGrade != null) {
      return UnitStage.FINAL;
    }
    if (!reviewRequests.isEmpty()) {
      return UnitStage.CONTESTED;
    }
    if (scoredAt != null) {
      return UnitStage.SCORED;
    }
    return selfAssessmentSubmittedAt != null ? UnitStage.SELF_ASSESSMENT_SUBMITTED : UnitStage.NOT_STARTED;
  }

  public boolean selfAssessmentSubmitted() {
    return selfAssessmentSubmittedAt != null;
  }

  /** Review requests still waiting for an assessor's decision (the cycle's review cannot close while any are). */
  public long undecidedRequests() {
    return reviewRequests.stream().filter(r -> !r.decided()).count();
  }

  // ---- self-assessment ----------------------------------------------------------------------------------------

  /** Keeps a draft (possibly incomplete) while self-assessment is open and nothing was submitted. */
  public UnitProgress saveSelfAssessment(SelfAssessment draft, CycleProgress cycle) {
    requireSelfAssessmentOpen(cycle);
    return new UnitProgress(Check.present("selfAssessment", draft), null, scores, scoredAt, reviewRequests,
        finalGrade);
  }

  /**
   * The unit liaison submits, once and only once complete: a self-score for every leaf indicator within its
   * maximum, and the written report (400 naming the first missing or wrong field). A second submission is 409.
   */
  public UnitProgress submitSelfAssessment(SelfAssessment complete, SchemeDefinition scheme, CycleProgress cycle,
      Instant now) {
    requireSelfAssessmentOpen(cycle);
    Check.present("selfAssessment", complete);
    Check.present("now", now);
    List<FieldProblem> problems = complete.problemsForSubmission(scheme);
    if (!problems.isEmpty()) {
      throw problems.get(0).toException();
    }
    return new UnitProgress(complete, now, scores, scoredAt, reviewRequests, finalGrade);
  }

  private void requireSelfAssessmentOpen(CycleProgress cycle) {
    cycle.requireAllowed(Move.SUBMIT_SELF_ASSESSMENT);
    if (selfAssessmentSubmitted()) {
      throw DomainException.conflict("selfAssessment", "The self-assessment was submitted at "
          + selfAssessmentSubmittedAt + " and cannot change");
    }
  }

  // ---- assessors' scores --------------------------------------------------------------------------------------

  /**
   * An assessor enters or changes scores (merged into the unit's). In ASSESSMENT any leaf; in an open REVIEW only
   * the indicators whose review request was accepted. After FINAL the cycle refuses (409).
   */
  public UnitProgress enterScores(Map<String, AssessorScore> entries, SchemeDefinition scheme, CycleProgress cycle) {
    cycle.requireAllowed(Move.ENTER_SCORES);
    Check.present("scores", entries);
    AssessorScores.validate(scheme, entries);
    if (cycle.state() == CycleState.REVIEW) {
      for (String code : entries.keySet()) {
        if (find(code) == null || !find(code).accepted()) {
          throw DomainException.conflict("scores." + code, "During the review only indicators whose review "
              + "request was accepted may be rescored; " + code + " has none");
        }
      }
    }
    Map<String, AssessorScore> merged = new LinkedHashMap<>(scores);
    merged.putAll(entries);
    return new UnitProgress(selfAssessment, selfAssessmentSubmittedAt, merged, scoredAt, reviewRequests, finalGrade);
  }

  /** The assessors declare the unit completely scored: every leaf indicator has a score (400 naming the first not). */
  public UnitProgress completeScoring(SchemeDefinition scheme, CycleProgress cycle, Instant now) {
    cycle.requireAllowed(Move.ENTER_SCORES);
    Check.present("now", now);
    List<String> missing = AssessorScores.missing(scheme, scores);
    if (!missing.isEmpty()) {
      throw DomainException.invalid("scores." + missing.get(0), "scores." + missing.get(0) + " is required: "
          + missing.size() + " indicator(s) not scored yet");
    }
    return new UnitProgress(selfAssessment, selfAssessmentSubmittedAt, scores, now, reviewRequests, finalGrade);
  }

  // ---- review -------------------------------------------------------------------------------------------------

  /**
   * The unit contests one of its own indicators with a reason, within the review window (409 after it closed), at
   * most once per indicator.
   */
  public UnitProgress requestReview(String indicator, String reason, CycleProgress cycle, Instant now) {
    cycle.requireReviewRequestAt(Check.present("requestedAt", now));
    Check.required("indicator", indicator, 64);
    if (!scores.containsKey(indicator)) {
      throw DomainException.invalid("indicator", indicator + " is not an indicator of this unit's result");
    }
    String why = Check.required("reason", reason, 2000);
    if (find(indicator) != null) {
      throw DomainException.conflict("indicator", indicator + " was already contested at "
          + find(indicator).requestedAt());
    }
    List<ReviewRequest> requests = new ArrayList<>(reviewRequests);
    requests.add(new ReviewRequest(indicator, why, now, null));
    return new UnitProgress(selfAssessment, selfAssessmentSubmittedAt, scores, scoredAt, requests, finalGrade);
  }

  /**
   * An assessor accepts or rejects the unit's request on {@code indicator}, with a reason. A decision after the
   * review decision deadline is kept and marked late. An accepted request opens that indicator to rescoring.
   */
  public UnitProgress decideReview(String indicator, boolean accept, String reason, CycleProgress cycle,
      Instant now) {
    cycle.requireAllowed(Move.DECIDE_REVIEW);
    Check.present("now", now);
    ReviewRequest request = find(Check.required("indicator", indicator, 64));
    if (request == null) {
      throw DomainException.notFound("Review request on " + indicator);
    }
    if (request.decided()) {
      throw DomainException.conflict("indicator", "The review request on " + indicator + " was already "
          + (request.accepted() ? "accepted" : "rejected"));
    }
    String why = Check.required("reason", reason, 2000);
    boolean late = !cycle.reviewDecisionDeadline().isMetAt(now);
    List<ReviewRequest> requests = new ArrayList<>(reviewRequests);
    requests.set(requests.indexOf(request), new ReviewRequest(request.indicator(), request.reason(),
        request.requestedAt(), new ReviewRequest.Decision(accept, why, now, late)));
    return new UnitProgress(selfAssessment, selfAssessmentSubmittedAt, scores, scoredAt, requests, finalGrade);
  }

  private ReviewRequest find(String indicator) {
    return reviewRequests.stream().filter(r -> r.indicator().equals(indicator)).findFirst().orElse(null);
  }

  // ---- final --------------------------------------------------------------------------------------------------

  /** Locks the unit's grade once the cycle is FINAL (the leading group approved). */
  public UnitProgress finalise(Grade grade, CycleProgress cycle) {
    Objects.requireNonNull(cycle, "cycle");
    if (cycle.state() != CycleState.FINAL) {
      throw DomainException.conflict("state", "A unit's grade is locked only when the cycle is FINAL, not "
          + cycle.state());
    }
    if (finalGrade != null) {
      throw DomainException.conflict("grade", "The unit's grade is already locked as " + finalGrade);
    }
    return new UnitProgress(selfAssessment, selfAssessmentSubmittedAt, scores, scoredAt, reviewRequests,
        Check.present("grade", grade));
  }
}
