package gongkai.cycle;

import static gongkai.cycle.AssessorScoresTest.JINCHANG;
import static gongkai.cycle.Situation.Dates.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.error.DomainException;
import gongkai.scoring.Grade;
import gongkai.scoring.Indicator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A unit's way through a Jinchang-style cycle, with its review window around National Day 2025. */
class UnitProgressTest {

  private static final CycleRules RULES = CycleRules.defaults();
  private static final Instant NOW = beijing(2025, 9, 2, 9, 0);

  private static Map<String, BigDecimal> fullSelfScores() {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    for (Indicator leaf : ScoringSheet.of(JINCHANG).leaves().values()) {
      scores.put(leaf.code(), leaf.maxPoints());
    }
    return scores;
  }

  private static Map<String, AssessorScore> fullScores() {
    Map<String, AssessorScore> scores = new LinkedHashMap<>();
    fullSelfScores().forEach((code, max) -> scores.put(code, new AssessorScore(max, null)));
    scores.put("organisation", AssessorScore.of("8", "未召开专题会议"));
    return scores;
  }

  private static UnitProgress scored() {
    return UnitProgress.notStarted().enterScores(fullScores(), JINCHANG, Situation.ASSESSMENT.reach(RULES))
        .completeScoring(JINCHANG, Situation.ASSESSMENT.reach(RULES), NOW);
  }

  private static void assertRefused(ThrowingCallable call, DomainException.Kind kind, String field) {
    assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
      assertThat(e.kind()).isEqualTo(kind);
      assertThat(e.field()).isEqualTo(field);
    });
  }

  // ---- self-assessment ----------------------------------------------------------------------------------------

  @Test
  void a_complete_self_assessment_is_submitted_once() {
    CycleProgress cycle = Situation.SELF_ASSESSMENT.reach(RULES);
    SelfAssessment complete = new SelfAssessment(fullSelfScores(), "2025年政务公开工作自查报告", List.of("file-1"));

    UnitProgress submitted = UnitProgress.notStarted().submitSelfAssessment(complete, JINCHANG, cycle, NOW);

    assertThat(submitted.stage()).isEqualTo(UnitStage.SELF_ASSESSMENT_SUBMITTED);
    assertRefused(() -> submitted.submitSelfAssessment(complete, JINCHANG, cycle, NOW),
        DomainException.Kind.CONFLICT, "selfAssessment");
    assertRefused(() -> submitted.saveSelfAssessment(complete, cycle), DomainException.Kind.CONFLICT,
        "selfAssessment");
  }

  @Test
  void an_incomplete_self_assessment_is_kept_as_a_draft_but_not_submitted() {
    CycleProgress cycle = Situation.SELF_ASSESSMENT.reach(RULES);
    Map<String, BigDecimal> partial = fullSelfScores();
    partial.remove("requests");
    SelfAssessment draft = new SelfAssessment(partial, "报告", List.of());

    UnitProgress saved = UnitProgress.notStarted().saveSelfAssessment(draft, cycle);

    assertThat(saved.stage()).isEqualTo(UnitStage.NOT_STARTED);
    assertRefused(() -> saved.submitSelfAssessment(draft, JINCHANG, cycle, NOW), DomainException.Kind.INVALID,
        "selfScores.requests");
    assertRefused(() -> saved.submitSelfAssessment(new SelfAssessment(fullSelfScores(), " ", List.of()), JINCHANG,
        cycle, NOW), DomainException.Kind.INVALID, "report");
    Map<String, BigDecimal> tooHigh = fullSelfScores();
    tooHigh.put("platforms", new BigDecimal("16"));
    assertRefused(() -> saved.submitSelfAssessment(new SelfAssessment(tooHigh, "报告", List.of()), JINCHANG, cycle,
        NOW), DomainException.Kind.INVALID, "selfScores.platforms");
  }

  @Test
  void self_assessment_outside_its_state_is_409() {
    SelfAssessment complete = new SelfAssessment(fullSelfScores(), "报告", List.of());
    for (Situation situation : List.of(Situation.NOTIFIED, Situation.ASSESSMENT, Situation.FINAL)) {
      assertRefused(() -> UnitProgress.notStarted().submitSelfAssessment(complete, JINCHANG,
          situation.reach(RULES), NOW), DomainException.Kind.CONFLICT, "state");
    }
  }

  // ---- scoring ------------------------------------------------------------------------------------------------

  @Test
  void a_unit_is_scored_only_when_every_indicator_has_a_score() {
    CycleProgress cycle = Situation.ASSESSMENT.reach(RULES);
    Map<String, AssessorScore> partial = new LinkedHashMap<>(fullScores());
    partial.remove("platforms");
    UnitProgress unit = UnitProgress.notStarted().enterScores(partial, JINCHANG, cycle);

    assertRefused(() -> unit.completeScoring(JINCHANG, cycle, NOW), DomainException.Kind.INVALID,
        "scores.platforms");
    UnitProgress complete = unit.enterScores(Map.of("platforms", AssessorScore.full("15")), JINCHANG, cycle)
        .completeScoring(JINCHANG, cycle, NOW);
    assertThat(complete.stage()).isEqualTo(UnitStage.SCORED);
    assertThat(complete.scores()).hasSize(9);
  }

  @Test
  void a_score_below_the_maximum_without_a_comment_is_refused_and_changes_nothing() {
    CycleProgress cycle = Situation.ASSESSMENT.reach(RULES);
    UnitProgress unit = UnitProgress.notStarted();

    assertRefused(() -> unit.enterScores(Map.of("organisation", AssessorScore.of("7", null)), JINCHANG, cycle),
        DomainException.Kind.INVALID, "scores.organisation.comment");
    assertThat(unit.scores()).isEmpty();
  }

  @Test
  void scoring_after_finalisation_is_409() {
    assertRefused(() -> scored().enterScores(Map.of("organisation", AssessorScore.full("10")), JINCHANG,
        Situation.FINAL.reach(RULES)), DomainException.Kind.CONFLICT, "state");
    assertRefused(() -> scored().enterScores(Map.of("organisation", AssessorScore.full("10")), JINCHANG,
        Situation.PUBLISHED.reach(RULES)), DomainException.Kind.CONFLICT, "state");
  }

  // ---- review -------------------------------------------------------------------------------------------------

  @Test
  void a_unit_contests_its_own_indicator_within_the_window_once() {
    CycleProgress review = Situation.REVIEW_OPEN.reach(RULES);
    Instant inWindow = beijing(2025, 10, 10, 17, 0);

    UnitProgress contested = scored().requestReview("organisation", "专题会议纪要已上传", review, inWindow);

    assertThat(contested.stage()).isEqualTo(UnitStage.CONTESTED);
    assertThat(contested.undecidedRequests()).isEqualTo(1);
    assertRefused(() -> contested.requestReview("organisation", "再次申请", review, inWindow),
        DomainException.Kind.CONFLICT, "indicator");
  }

  @Test
  void review_requests_are_refused_after_the_window_for_unknown_indicators_and_without_reason() {
    CycleProgress review = Situation.REVIEW_OPEN.reach(RULES);
    UnitProgress unit = scored();

    assertRefused(() -> unit.requestReview("organisation", "理由", review, beijing(2025, 10, 11, 0, 0)),
        DomainException.Kind.CONFLICT, "requestedAt");
    assertRefused(() -> unit.requestReview("not-on-the-sheet", "理由", review, beijing(2025, 10, 9, 9, 0)),
        DomainException.Kind.INVALID, "indicator");
    assertRefused(() -> UnitProgress.notStarted().requestReview("organisation", "理由", review,
        beijing(2025, 10, 9, 9, 0)), DomainException.Kind.INVALID, "indicator");
    assertRefused(() -> unit.requestReview("organisation", "", review, beijing(2025, 10, 9, 9, 0)),
        DomainException.Kind.INVALID, "reason");
    assertRefused(() -> unit.requestReview("organisation", "理由", Situation.PRELIMINARY.reach(RULES),
        beijing(2025, 10, 9, 9, 0)), DomainException.Kind.CONFLICT, "state");
  }

  @Test
  void only_an_accepted_request_opens_its_indicator_to_rescoring_in_the_review() {
    CycleProgress review = Situation.REVIEW_OPEN.reach(RULES);
    UnitProgress contested = scored().requestReview("organisation", "纪要已上传", review, beijing(2025, 10, 9, 9, 0));

    assertRefused(() -> contested.enterScores(Map.of("organisation", AssessorScore.full("10")), JINCHANG, review),
        DomainException.Kind.CONFLICT, "scores.organisation");

    UnitProgress accepted = contested.decideReview("organisation", true, "纪要属实", review,
        beijing(2025, 10, 13, 10, 0));
    UnitProgress rescored = accepted.enterScores(Map.of("organisation", AssessorScore.full("10")), JINCHANG,
        review);

    assertThat(rescored.scores().get("organisation").points()).isEqualByComparingTo("10");
    assertThat(rescored.undecidedRequests()).isZero();
    assertThat(rescored.reviewRequests().get(0).decision().late()).isFalse();
    assertRefused(() -> rescored.enterScores(Map.of("requests", AssessorScore.full("15")), JINCHANG, review),
        DomainException.Kind.CONFLICT, "scores.requests");
  }

  @Test
  void a_decision_after_the_decision_deadline_is_kept_and_marked_late() {
    CycleProgress review = Situation.REVIEW_OPEN.reach(RULES); // decisions due by the end of 16 October 2025
    UnitProgress contested = scored().requestReview("organisation", "理由", review, beijing(2025, 10, 9, 9, 0));

    UnitProgress onTime = contested.decideReview("organisation", false, "证据不足", review,
        beijing(2025, 10, 16, 23, 0));
    UnitProgress late = contested.decideReview("organisation", false, "证据不足", review,
        beijing(2025, 10, 17, 9, 0));

    assertThat(onTime.reviewRequests().get(0).decision().late()).isFalse();
    assertThat(late.reviewRequests().get(0).decision().late()).isTrue();
    assertRefused(() -> late.decideReview("organisation", true, "改判", review, beijing(2025, 10, 17, 10, 0)),
        DomainException.Kind.CONFLICT, "indicator");
    assertRefused(() -> contested.decideReview("requests", true, "x", review, beijing(2025, 10, 17, 10, 0)),
        DomainException.Kind.NOT_FOUND, null);
    assertRefused(() -> contested.decideReview("organisation", true, " ", review, beijing(2025, 10, 17, 10, 0)),
        DomainException.Kind.INVALID, "reason");
  }

  // ---- final --------------------------------------------------------------------------------------------------

  @Test
  void the_grade_is_locked_only_in_a_final_cycle_and_only_once() {
    assertRefused(() -> scored().finalise(Grade.GOOD, Situation.REVIEW_CLOSED.reach(RULES)),
        DomainException.Kind.CONFLICT, "state");

    UnitProgress finalised = scored().finalise(Grade.GOOD, Situation.FINAL.reach(RULES));

    assertThat(finalised.stage()).isEqualTo(UnitStage.FINAL);
    assertThat(finalised.finalGrade()).isEqualTo(Grade.GOOD);
    assertRefused(() -> finalised.finalise(Grade.EXCELLENT, Situation.FINAL.reach(RULES)),
        DomainException.Kind.CONFLICT, "grade");
  }
}
