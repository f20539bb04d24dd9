package gongkai.cycle;

import gongkai.audit.AuditLog;
import gongkai.error.DomainException;
import gongkai.scoring.Grade;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import gongkai.unit.Unit;
import gongkai.unit.Units;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Accountability flags (责任追究 starts from them): "FAIL two years in a row" raised when an annual cycle is finalised
 * (Jiangmen 2020 Art. 10), "social evaluation dissatisfied" raised by the survey side (Weibin 2020 Art. 14). A flag
 * sanctions nothing; the office lists them and marks when it has opened the case. Only the office sees them.
 */
@ApplicationScoped
public class AccountabilityFlags {

    static final String ENTITY = "accountability_flag";

    @Inject
    CycleStore store;

    @Inject
    Units units;

    @Inject
    AuditLog audit;

    @Transactional
    public List<FlagView> list() {
        TenantContext.current().requireRole(Role.TENANT_ADMIN);
        Map<UUID, String> codes = store.unitCodes();
        return store.em().createQuery("select f from FlagRecord f order by f.raisedAt", FlagRecord.class)
                .getResultList().stream().map(f -> f.view(codes.get(f.unitId()))).toList();
    }

    /**
     * Raises "social evaluation dissatisfied" for a unit in a campaign (the survey side calls this once the
     * campaign's result is known; the office may too). The same unit and campaign twice is a 409.
     */
    @Transactional
    public FlagView socialEvaluationDissatisfied(SocialEvaluationResult result) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.TENANT_ADMIN);
        Unit unit;
        try {
            unit = units.get(result.unitCode());
        } catch (DomainException e) {
            throw DomainException.invalid("unitCode", "there is no unit " + result.unitCode());
        }
        AccountabilityFlag<UUID> flag = Consequences.socialEvaluationDissatisfied(
                Map.of(unit.id(), gongkai.survey.results.SatisfactionLevel.DISSATISFIED), 0).get(0);
        String basis = "campaign " + result.campaignCode() + ": DISSATISFIED";
        if (exists(unit.id(), flag.kind(), basis)) {
            throw DomainException.conflict("campaignCode", "unit " + unit.code() + " is already flagged for campaign "
                    + result.campaignCode());
        }
        return raise(unit.id(), unit.code(), flag.kind(), basis, acting.actorName());
    }

    /** The office opens the case of a flag (a second time is a 409). */
    @Transactional
    public FlagView openCase(UUID id, CaseOpening opening) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.TENANT_ADMIN);
        FlagRecord flag = store.em().find(FlagRecord.class, id);
        if (flag == null) {
            throw DomainException.notFound("accountability flag " + id);
        }
        if (flag.caseOpened()) {
            throw DomainException.conflict("state", "the accountability case of this flag was already opened");
        }
        Map<String, Object> before = flag.auditView();
        flag.openCase(opening.reference(), Instant.now(), acting.actorName());
        String unitCode = store.unitCode(flag.unitId());
        audit.record("OPEN_ACCOUNTABILITY_CASE", ENTITY, flag.id(), unitCode, before, flag.auditView());
        return flag.view(unitCode);
    }

    /**
     * At the finalising of an annual cycle (period {@code YYYY}): units graded FAIL now and in a locked cycle of the
     * year before (consecutive annual cycles) are flagged. Other periods raise nothing.
     */
    void flagFailTwoYearsRunning(AssessmentCycle cycle, List<CycleUnit> cycleUnits) {
        if (!cycle.period().matches("\\d{4}")) {
            return;
        }
        int year = Integer.parseInt(cycle.period());
        Map<UUID, Grade> thisYear = new HashMap<>();
        cycleUnits.stream().filter(u -> u.finalGrade() != null).forEach(u -> thisYear.put(u.unitId(), u.finalGrade()));
        Map<UUID, Grade> lastYear = new HashMap<>();
        List<UUID> previous = store.em().createQuery("select c.id from AssessmentCycle c where c.period = :period"
                        + " and c.state in :locked", UUID.class).setParameter("period", Integer.toString(year - 1))
                .setParameter("locked", List.of(CycleState.FINAL, CycleState.PUBLISHED, CycleState.CLOSED))
                .getResultList();
        if (previous.isEmpty()) {
            return;
        }
        store.em().createQuery("select u from CycleUnit u where u.cycleId in :cycles", CycleUnit.class)
                .setParameter("cycles", previous).getResultList().stream().filter(u -> u.finalGrade() != null)
                // a unit failed last year if it failed in any of last year's annual cycles
                .forEach(u -> lastYear.merge(u.unitId(), u.finalGrade(), (a, b) -> a == Grade.FAIL ? a : b));
        Map<UUID, String> codes = store.unitCodes();
        for (AccountabilityFlag<UUID> flag : Consequences.failTwoYearsRunning(thisYear, lastYear, year)) {
            if (!exists(flag.unit(), flag.kind(), flag.basis())) {
                raise(flag.unit(), codes.get(flag.unit()), flag.kind(), flag.basis(), "system");
            }
        }
    }

    private boolean exists(UUID unitId, AccountabilityFlag.Kind kind, String basis) {
        return !store.em().createQuery("select f.id from FlagRecord f where f.unitId = :unit and f.kind = :kind"
                        + " and f.basis = :basis", UUID.class).setParameter("unit", unitId).setParameter("kind", kind)
                .setParameter("basis", basis).getResultList().isEmpty();
    }

    private FlagView raise(UUID unitId, String unitCode, AccountabilityFlag.Kind kind, String basis, String by) {
        FlagRecord flag = new FlagRecord(unitId, kind, basis, Instant.now(), by);
        store.em().persist(flag);
        audit.record("RAISE_FLAG", ENTITY, flag.id(), unitCode, null, flag.auditView());
        return flag.view(unitCode);
    }
}
