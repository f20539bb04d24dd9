package gongkai.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A cycle with its dates and the units the caller may see (the office all, an assessor those assigned, a unit
 * liaison their own).
 *
 * @param allowedMoves the moves the state allows now (date guards aside), for clients to offer
 */
public record CycleView(String code, String schemeCode, int schemeVersion, String period, CycleState state,
                        CycleRules rules, LocalDate noticeDate, LocalDate earliestAssessmentStart,
                        LocalDate assessmentStartedOn, Instant reviewWindowEnd, Instant reviewDecisionEnd,
                        Instant reviewClosedAt, LeadingGroupApproval approval, Instant publishedAt,
                        String cancellationReason, List<Move> allowedMoves, List<UnitView> units) {

    /** One unit's progress on the dashboard. */
    public record UnitView(String unitCode, UnitStage stage, List<String> assessors,
                           Instant selfAssessmentSubmittedAt, int indicatorsScored, int indicators) {
    }
}
