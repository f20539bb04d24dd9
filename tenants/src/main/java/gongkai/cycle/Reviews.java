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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Review requests (复核): a unit liaison contests an indicator of their unit's preliminary result within the review
 * window (409 after it); an assigned assessor or the office accepts with a new score or rejects with a reason. The
 * score before and after is kept on the request and in the audit log, and an accepted change rescores the unit.
 */
@ApplicationScoped
public class Reviews {

    @Inject
    CycleStore store;

    @Inject
    AuditLog audit;

    /** The requests on the units the caller may see, in the order they were made. */
    @Transactional
    public List<ReviewView> list(String cycleCode) {
        Acting acting = TenantContext.current();
        AssessmentCycle cycle = store.cycle(cycleCode);
        List<UUID> visible = store.units(cycle).stream().filter(u -> CycleStore.sees(acting, u))
                .map(CycleUnit::unitId).toList();
        return store.requests(cycle).stream().filter(r -> visible.contains(r.unitId()))
                .map(r -> r.view(store.unitCode(r.unitId()))).toList();
    }

    @Transactional
    public ReviewView request(String cycleCode, String unitCode, ReviewRequestInput input) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.UNIT_LIAISON);
        AssessmentCycle cycle = store.cycle(cycleCode);
        CycleUnit unit = store.unit(cycle, unitCode);
        CycleStore.requireSees(acting, unit, unitCode);
        UnitProgress contested = unit.progress(store.requests(cycle, unit.unitId()))
                .requestReview(input.indicator(), input.reason(), cycle.progress(), Instant.now());
        ReviewRequest request = contested.reviewRequests().get(contested.reviewRequests().size() - 1);
        AssessorScore old = unit.scores().get(request.indicator());
        ReviewRecord record = new ReviewRecord(cycle.id(), unit.unitId(), request, acting.actorName(),
                old == null ? null : old.points());
        store.em().persist(record);
        audit.record("REQUEST_REVIEW", "review_request", record.id(), store.key(cycle, unit) + "/"
                + request.indicator(), null, record.auditView());
        return record.view(unitCode);
    }

    @Transactional
    public ReviewView decide(String cycleCode, String unitCode, UUID requestId, ReviewDecisionInput decision) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.ASSESSOR, Role.TENANT_ADMIN);
        AssessmentCycle cycle = store.cycle(cycleCode);
        CycleUnit unit = store.unit(cycle, unitCode);
        CycleStore.requireSees(acting, unit, unitCode);
        List<ReviewRecord> records = store.requests(cycle, unit.unitId());
        ReviewRecord record = records.stream().filter(r -> r.id().equals(requestId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("review request " + requestId));
        SchemeDefinition scheme = store.definition(cycle);
        CycleProgress progress = cycle.progress();
        Map<String, Object> before = record.auditView();
        Map<String, Object> unitBefore = unit.auditView();
        UnitProgress decided = unit.progress(records).decideReview(record.indicator(), decision.accepted(),
                decision.reason(), progress, Instant.now());
        BigDecimal newPoints = null;
        if (decision.accepted()) {
            decided = decided.enterScores(Map.of(record.indicator(), decision.newScore()), scheme, progress);
            newPoints = decision.newScore().points();
        }
        ReviewRequest request = decided.reviewRequests().stream()
                .filter(r -> r.indicator().equals(record.indicator())).findFirst().orElseThrow();
        record.decide(request.decision(), acting.actorName(), newPoints);
        unit.apply(decided);
        if (decision.accepted()) {
            unit.preliminary(store.score(cycle, scheme, unit));
            audit.record("RESCORE_ON_REVIEW", "cycle_unit", unit.id(), store.key(cycle, unit), unitBefore,
                    unit.auditView());
        }
        audit.record(decision.accepted() ? "ACCEPT_REVIEW" : "REJECT_REVIEW", "review_request", record.id(),
                store.key(cycle, unit) + "/" + record.indicator(), before, record.auditView());
        return record.view(unitCode);
    }
}
