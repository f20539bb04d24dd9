package gongkai.cycle;

import gongkai.audit.AuditLog;
import gongkai.error.DomainException;
import gongkai.scoring.SchemeDefinition;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;

/**
 * The assessors' scores (评分) of the units assigned to them, with a comment below each indicator's maximum, and the
 * unit's bonus, deduction and veto events. The office may score any unit (it enters the assessment group's paper
 * sheets). Refused after the grades are locked (409).
 */
@ApplicationScoped
public class AssessorScoring {

    @Inject
    CycleStore store;

    @Inject
    AuditLog audit;

    @Transactional
    public UnitScoresView get(String cycleCode, String unitCode) {
        Acting acting = TenantContext.current();
        AssessmentCycle cycle = store.cycle(cycleCode);
        CycleUnit unit = store.unit(cycle, unitCode);
        CycleStore.requireSees(acting, unit, unitCode);
        return view(unitCode, unit, store.definition(cycle));
    }

    /**
     * Merges {@code entry.scores} into the unit's scores and replaces its events if given. The unit counts as scored
     * once every leaf indicator has a score.
     */
    @Transactional
    public UnitScoresView enter(String cycleCode, String unitCode, ScoreEntry entry) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.ASSESSOR, Role.TENANT_ADMIN);
        AssessmentCycle cycle = store.cycle(cycleCode);
        CycleUnit unit = store.unit(cycle, unitCode);
        CycleStore.requireSees(acting, unit, unitCode);
        SchemeDefinition scheme = store.definition(cycle);
        CycleProgress progress = cycle.progress();
        Map<String, Object> before = unit.auditView();
        UnitProgress scored = unit.progress(store.requests(cycle, unit.unitId()))
                .enterScores(entry.scores(), scheme, progress);
        if (entry.events() != null && progress.state() != CycleState.ASSESSMENT) {
            throw DomainException.conflict("events", "Events are recorded during the ASSESSMENT, not in state "
                    + progress.state());
        }
        CycleEvents events = entry.events() == null ? unit.events() : entry.events();
        CycleStore.checkWithEngine(scheme, scored.scores(), events);
        if (scored.scoredAt() == null && AssessorScores.missing(scheme, scored.scores()).isEmpty()) {
            scored = scored.completeScoring(scheme, progress, Instant.now());
        }
        unit.apply(scored);
        unit.record(events);
        if (progress.state() == CycleState.REVIEW) {
            unit.preliminary(store.score(cycle, scheme, unit));
        }
        audit.record("ENTER_SCORES", "cycle_unit", unit.id(), store.key(cycle, unit), before, unit.auditView());
        return view(unitCode, unit, scheme);
    }

    private UnitScoresView view(String unitCode, CycleUnit unit, SchemeDefinition scheme) {
        UnitProgress progress = unit.progress(java.util.List.of());
        return new UnitScoresView(unitCode, progress.scores(), unit.events(),
                progress.selfAssessment() == null ? Map.of() : progress.selfAssessment().selfScores(),
                AssessorScores.missing(scheme, progress.scores()), progress.scoredAt());
    }
}
