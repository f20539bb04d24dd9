package gongkai.cycle;

import gongkai.audit.AuditLog;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;

/**
 * Units' self-assessments (自评): the unit liaison keeps a draft and submits it once complete, for their own unit
 * only; whoever may see the unit reads it (the assessor scores with the self-score beside each input).
 */
@ApplicationScoped
public class SelfAssessments {

    @Inject
    CycleStore store;

    @Inject
    AuditLog audit;

    @Transactional
    public SelfAssessmentView get(String cycleCode, String unitCode) {
        Acting acting = TenantContext.current();
        AssessmentCycle cycle = store.cycle(cycleCode);
        CycleUnit unit = store.unit(cycle, unitCode);
        CycleStore.requireSees(acting, unit, unitCode);
        return view(unitCode, unit.progress(store.requests(cycle, unit.unitId())));
    }

    /** Keeps a draft, possibly incomplete, while the self-assessment is open and nothing was submitted. */
    @Transactional
    public SelfAssessmentView save(String cycleCode, String unitCode, SelfAssessmentInput draft) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.UNIT_LIAISON);
        AssessmentCycle cycle = store.cycle(cycleCode);
        CycleUnit unit = store.unit(cycle, unitCode);
        CycleStore.requireSees(acting, unit, unitCode);
        Map<String, Object> before = unit.auditView();
        UnitProgress saved = unit.progress(store.requests(cycle, unit.unitId()))
                .saveSelfAssessment(draft.toSelfAssessment(), cycle.progress());
        unit.apply(saved);
        audit.record("SAVE_SELF_ASSESSMENT", "cycle_unit", unit.id(), store.key(cycle, unit), before,
                unit.auditView());
        return view(unitCode, saved);
    }

    /** Submits the saved draft: once, and only complete (400 naming the first missing field). */
    @Transactional
    public SelfAssessmentView submit(String cycleCode, String unitCode) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.UNIT_LIAISON);
        AssessmentCycle cycle = store.cycle(cycleCode);
        CycleUnit unit = store.unit(cycle, unitCode);
        CycleStore.requireSees(acting, unit, unitCode);
        Map<String, Object> before = unit.auditView();
        UnitProgress current = unit.progress(store.requests(cycle, unit.unitId()));
        SelfAssessment draft = current.selfAssessment() == null ? new SelfAssessment(null, null, null)
                : current.selfAssessment();
        UnitProgress submitted = current.submitSelfAssessment(draft, store.definition(cycle), cycle.progress(),
                Instant.now());
        unit.apply(submitted);
        audit.record("SUBMIT_SELF_ASSESSMENT", "cycle_unit", unit.id(), store.key(cycle, unit), before,
                unit.auditView());
        return view(unitCode, submitted);
    }

    private static SelfAssessmentView view(String unitCode, UnitProgress progress) {
        SelfAssessment self = progress.selfAssessment();
        return new SelfAssessmentView(unitCode, self == null ? Map.of() : self.selfScores(),
                self == null ? null : self.report(), progress.selfAssessmentSubmittedAt());
    }
}
