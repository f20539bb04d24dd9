package gongkai.cycle;

import gongkai.audit.AuditLog;
import gongkai.calendar.Deadline;
import gongkai.calendar.TenantCalendars;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Rectification orders (整改): made when a cycle's grades are locked for every FAIL grade, every contested indicator
 * whose deduction stood and every indicator scored 0, or by hand by the office; due a number of working days (the
 * cycle's rule) after the day of the order, on the tenant's calendar. The unit's liaison reports, the office accepts
 * or sends back with a reason ({@link Rectification} decides what is allowed: 409 otherwise). Every change is
 * audited. Who sees an order: the office all, a unit liaison their unit's, an assessor those of the units assigned to
 * them in the order's cycle.
 */
@ApplicationScoped
public class Rectifications {

    static final String ENTITY = "rectification_order";

    @Inject
    CycleStore store;

    @Inject
    Units units;

    @Inject
    TenantCalendars calendars;

    @Inject
    AuditLog audit;

    /** The orders the caller may see, optionally of one cycle and/or unit, the earliest due first. */
    @Transactional
    public List<RectificationView> list(String cycleCode, String unitCode) {
        Acting acting = TenantContext.current();
        StringBuilder jpql = new StringBuilder("select r from RectificationRecord r where 1 = 1");
        UUID cycleId = cycleCode == null ? null : store.cycle(cycleCode).id();
        UUID unitId = unitCode == null ? null : units.get(unitCode).id();
        if (cycleId != null) {
            jpql.append(" and r.cycleId = :cycle");
        }
        if (unitId != null) {
            jpql.append(" and r.unitId = :unit");
        }
        var query = store.em().createQuery(jpql.append(" order by r.dueDate, r.orderedAt").toString(),
                RectificationRecord.class);
        if (cycleId != null) {
            query.setParameter("cycle", cycleId);
        }
        if (unitId != null) {
            query.setParameter("unit", unitId);
        }
        Set<String> assigned = assignedTo(acting);
        Map<UUID, String> unitCodes = store.unitCodes();
        Map<UUID, String> cycleCodes = store.cycleCodes();
        ZoneId zone = store.zone();
        Instant now = Instant.now();
        return query.getResultList().stream().filter(r -> sees(acting, r, assigned))
                .map(r -> r.view(cycleCodes.get(r.cycleId()), unitCodes.get(r.unitId()), zone, now)).toList();
    }

    @Transactional
    public RectificationView get(UUID id) {
        Acting acting = TenantContext.current();
        RectificationRecord record = find(id);
        if (!sees(acting, record, assignedTo(acting))) {
            throw DomainException.notFound("rectification order " + id);
        }
        return view(record);
    }

    /** The office orders a rectification by hand. */
    @Transactional
    public RectificationView order(RectificationInput input) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.TENANT_ADMIN);
        Unit unit;
        try {
            unit = units.get(input.unitCode());
        } catch (DomainException e) {
            throw DomainException.invalid("unitCode", "there is no unit " + input.unitCode());
        }
        AssessmentCycle cycle = null;
        if (input.cycleCode() != null) {
            cycle = store.em().createQuery("select c from AssessmentCycle c where c.code = :code",
                    AssessmentCycle.class).setParameter("code", input.cycleCode()).getResultStream().findFirst()
                    .orElseThrow(() -> DomainException.invalid("cycleCode", "there is no cycle " + input.cycleCode()));
        }
        int days = input.workingDays() != null ? input.workingDays()
                : (cycle == null ? CycleRules.defaults() : cycle.progress().rules()).rectificationWorkingDays();
        Instant now = Instant.now();
        Deadline deadline = TenantDeadlines.within(calendars.current(), now, days, store.zone());
        RectificationRecord record = new RectificationRecord(cycle == null ? null : cycle.id(), unit.id(),
                RectificationOrder.Reason.MANUAL, input.subject(), input.note(), now, acting.actorName(), deadline);
        store.em().persist(record);
        audit.record("ORDER_RECTIFICATION", ENTITY, record.id(), unit.code() + "/" + input.subject(), null,
                record.auditView());
        return view(record);
    }

    /** The unit's liaison files the rectification report (another unit's liaison, or anyone else: 403). */
    @Transactional
    public RectificationView report(UUID id, RectificationReport input) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.UNIT_LIAISON);
        RectificationRecord record = find(id);
        String unitCode = store.unitCode(record.unitId());
        if (!acting.isSystem() && !acting.caller().isPlatformAdmin()
                && !record.unitId().equals(acting.caller().unitId())) {
            throw DomainException.forbidden("a unit liaison reports only for their own unit, not " + unitCode);
        }
        Map<String, Object> before = record.auditView();
        record.apply(record.progress(store.zone()).report(input.report(), input.evidence(), Instant.now()),
                acting.actorName(), null);
        audit.record("REPORT_RECTIFICATION", ENTITY, record.id(), unitCode, before, record.auditView());
        return view(record);
    }

    /** The office accepts the report that awaits it (409 if none does, e.g. when accepted already). */
    @Transactional
    public RectificationView accept(UUID id, RectificationDecision decision) {
        return decide(id, decision, true);
    }

    /** The office sends the report back with a reason. */
    @Transactional
    public RectificationView sendBack(UUID id, RectificationDecision decision) {
        return decide(id, decision, false);
    }

    private RectificationView decide(UUID id, RectificationDecision decision, boolean accept) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.TENANT_ADMIN);
        RectificationRecord record = find(id);
        Map<String, Object> before = record.auditView();
        Rectification value = record.progress(store.zone());
        String reason = decision == null ? null : decision.reason();
        Instant now = Instant.now();
        record.apply(accept ? value.accept(reason, now) : value.sendBack(reason, now), null, acting.actorName());
        audit.record(accept ? "ACCEPT_RECTIFICATION" : "SEND_BACK_RECTIFICATION", ENTITY, record.id(),
                store.unitCode(record.unitId()), before, record.auditView());
        return view(record);
    }

    /**
     * The orders that follow from a cycle's locked grades (called when the cycle is finalised, in its transaction):
     * FAIL grades (Jiangmen 2020 Art. 10), contested indicators whose request was rejected, indicators scored 0.
     * The deadline is the cycle's rectification rule counted from today.
     */
    void orderForLockedGrades(AssessmentCycle cycle, List<CycleUnit> cycleUnits, List<ReviewRecord> requests) {
        Instant now = Instant.now();
        Deadline deadline = null;
        Map<UUID, String> unitCodes = store.unitCodes();
        for (CycleUnit unit : cycleUnits) {
            List<String[]> due = new ArrayList<>();
            if (unit.finalGrade() == Grade.FAIL) {
                due.add(new String[] {RectificationOrder.Reason.FAIL_GRADE.name(), Grade.FAIL.name()});
            }
            requests.stream().filter(r -> r.unitId().equals(unit.unitId()))
                    .filter(r -> r.value().decided() && !r.value().accepted())
                    .forEach(r -> due.add(new String[] {RectificationOrder.Reason.CONTESTED_ITEM.name(),
                            r.indicator()}));
            unit.scores().entrySet().stream().filter(e -> e.getValue().points().signum() == 0)
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> due.add(new String[] {RectificationOrder.Reason.FAILED_ITEM.name(), e.getKey()}));
            for (String[] order : due) {
                if (deadline == null) {
                    deadline = TenantDeadlines.within(calendars.current(), now,
                            cycle.progress().rules().rectificationWorkingDays(), cycle.zone());
                }
                RectificationRecord record = new RectificationRecord(cycle.id(), unit.unitId(),
                        RectificationOrder.Reason.valueOf(order[0]), order[1], null, now, "system", deadline);
                store.em().persist(record);
                audit.record("ORDER_RECTIFICATION", ENTITY, record.id(), cycle.code() + "/"
                        + unitCodes.get(unit.unitId()) + "/" + order[1], null, record.auditView());
            }
        }
    }

    private RectificationRecord find(UUID id) {
        RectificationRecord record = store.em().find(RectificationRecord.class, id);
        if (record == null) {
            throw DomainException.notFound("rectification order " + id);
        }
        return record;
    }

    private RectificationView view(RectificationRecord record) {
        String cycleCode = record.cycleId() == null ? null : store.cycleCodes().get(record.cycleId());
        return record.view(cycleCode, store.unitCode(record.unitId()), store.zone(), Instant.now());
    }

    /** For an assessor, the cycle/unit pairs assigned to them ("cycleId/unitId"); empty for everyone else. */
    private Set<String> assignedTo(Acting acting) {
        Set<String> pairs = new HashSet<>();
        if (!CycleStore.office(acting) && acting.caller().is(Role.ASSESSOR)) {
            // only the three columns, not the units' scores and results
            store.em().createQuery("select u.cycleId, u.unitId, u.assessors from CycleUnit u", Object[].class)
                    .getResultList().stream()
                    .filter(row -> List.of(CycleJson.read((String) row[2], String[].class))
                            .contains(acting.caller().username()))
                    .forEach(row -> pairs.add(row[0] + "/" + row[1]));
        }
        return pairs;
    }

    private static boolean sees(Acting acting, RectificationRecord record, Set<String> assigned) {
        if (CycleStore.office(acting)) {
            return true;
        }
        if (acting.caller().is(Role.UNIT_LIAISON)) {
            return record.unitId().equals(acting.caller().unitId());
        }
        return acting.caller().is(Role.ASSESSOR) && assigned.contains(record.cycleId() + "/" + record.unitId());
    }
}
