package gongkai.cycle;

import gongkai.audit.AuditLog;
import gongkai.calendar.TenantCalendars;
import gongkai.error.Check;
import gongkai.error.DomainException;
import gongkai.scoring.Granularity;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import gongkai.unit.Unit;
import gongkai.unit.Units;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Routine assessment as Weibin 2020 Art. 9 runs it, stored: each unit's task list (the office), weekly checks
 * against it (the office or an assessor), and the monthly bulletin computed by {@link RoutineAssessment} from the
 * checks of that month, from which the office orders the rectification of every failed month (Art. 15). The
 * quarterly ranking is {@link Cycles#ranking} of a quarterly cycle. Units' liaisons see their own unit only.
 */
@ApplicationScoped
public class RoutineChecks {

    @Inject
    CycleStore store;

    @Inject
    Units units;

    @Inject
    TenantCalendars calendars;

    @Inject
    AuditLog audit;

    @Transactional
    public RoutineViews.TaskList taskList(String unitCode) {
        Acting acting = TenantContext.current();
        Unit unit = units.get(unitCode);
        requireSees(acting, unit);
        return new RoutineViews.TaskList(unit.code(), list(unit.id()).map(RoutineTaskList::items).orElse(List.of()));
    }

    /** The office sets a unit's task list (items are short codes or names, each at most once). */
    @Transactional
    public RoutineViews.TaskList setTaskList(String unitCode, RoutineViews.TaskList input) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.TENANT_ADMIN);
        Unit unit = units.get(unitCode);
        List<String> items = Check.present("items", input.items());
        if (items.isEmpty() || items.size() > 200) {
            throw DomainException.invalid("items", "items: 1 to 200 task-list items, not " + items.size());
        }
        List<String> clean = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String item = Check.required("items[" + i + "]", items.get(i), 200);
            if (clean.contains(item)) {
                throw DomainException.invalid("items[" + i + "]", "items[" + i + "]: " + item + " appears twice");
            }
            clean.add(item);
        }
        RoutineTaskList list = list(unit.id()).orElse(null);
        List<String> before = list == null ? null : list.items();
        if (list == null) {
            list = new RoutineTaskList(unit.id(), clean);
            store.em().persist(list);
        } else {
            list.replace(clean);
        }
        audit.record("SET_TASK_LIST", "routine_task_list", list.id(), unit.code(),
                before == null ? null : Map.of("items", before), Map.of("items", clean));
        return new RoutineViews.TaskList(unit.code(), clean);
    }

    /** Records (or corrects) a unit's weekly check; every item below standard must be on its task list. */
    @Transactional
    public RoutineViews.WeeklyCheck check(String unitCode, String week, RoutineViews.WeeklyCheckInput input) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.TENANT_ADMIN, Role.ASSESSOR);
        if (RoutinePeriods.granularity("week", week) != Granularity.WEEK) {
            throw DomainException.invalid("week", "week: " + week + " is not a week (YYYY-Www)");
        }
        Unit unit = units.get(unitCode);
        List<String> tasks = list(unit.id()).map(RoutineTaskList::items).orElseThrow(() ->
                DomainException.conflict("unitCode", "unit " + unitCode + " has no task list yet"));
        List<String> below = input.itemsBelowStandard() == null ? List.of() : input.itemsBelowStandard();
        for (int i = 0; i < below.size(); i++) {
            if (!tasks.contains(below.get(i))) {
                throw DomainException.invalid("itemsBelowStandard[" + i + "]", "itemsBelowStandard[" + i + "]: "
                        + below.get(i) + " is not on the task list of " + unitCode);
            }
        }
        RoutineCheckRecord record = store.em().createQuery("select c from RoutineCheckRecord c where c.unitId = :unit"
                        + " and c.week = :week", RoutineCheckRecord.class).setParameter("unit", unit.id())
                .setParameter("week", week).getResultStream().findFirst().orElse(null);
        Map<String, Object> before = record == null ? null : Map.of("itemsBelowStandard", record.itemsBelowStandard());
        if (record == null) {
            record = new RoutineCheckRecord(unit.id(), week);
            store.em().persist(record);
        }
        Instant now = Instant.now();
        record.record(below, acting.actorName(), now);
        audit.record("WEEKLY_CHECK", "routine_check", record.id(), unit.code() + "/" + week, before,
                Map.of("itemsBelowStandard", below));
        return new RoutineViews.WeeklyCheck(unit.code(), week, below, acting.actorName(), now);
    }

    /** The monthly bulletin of {@code month} (YYYY-MM) over the weekly checks whose week falls in it. */
    @Transactional
    public List<RoutineViews.MonthLine> bulletin(String month) {
        Acting acting = TenantContext.current();
        Map<UUID, String> codes = store.unitCodes();
        return monthResults(month).stream()
                .filter(r -> CycleStore.office(acting) || acting.caller().is(Role.ASSESSOR)
                        || r.unit().equals(acting.caller().unitId()))
                .map(r -> new RoutineViews.MonthLine(codes.get(r.unit()), r.month(), r.weeksChecked(), r.missed(),
                        r.failed())).toList();
    }

    /**
     * The office orders the rectification of every failed month of the bulletin (Weibin 2020 Art. 15), due the
     * default number of working days later; a month already ordered is a 409.
     */
    @Transactional
    public List<RectificationView> orderForFailedMonths(String month) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.TENANT_ADMIN);
        List<RoutineAssessment.MonthResult<UUID>> results = monthResults(month);
        Instant now = Instant.now();
        List<RectificationOrder<UUID>> orders = Consequences.rectificationOrdersForFailedMonths(results, now,
                CycleRules.defaults(), calendars.current(), store.zone());
        Map<UUID, String> codes = store.unitCodes();
        List<RectificationView> created = new ArrayList<>();
        for (RectificationOrder<UUID> order : orders) {
            boolean exists = !store.em().createQuery("select r.id from RectificationRecord r where r.unitId = :unit"
                            + " and r.reason = :reason and r.subject = :subject", UUID.class)
                    .setParameter("unit", order.unit()).setParameter("reason", order.reason())
                    .setParameter("subject", order.subject()).getResultList().isEmpty();
            if (exists) {
                throw DomainException.conflict("month", "the failed month " + month + " of " + codes.get(order.unit())
                        + " was already ordered to be rectified");
            }
            String note = results.stream().filter(r -> r.unit().equals(order.unit())).findFirst()
                    .map(r -> r.missed().stream().map(m -> m.week() + " " + m.item()).reduce((a, b) -> a + "; " + b)
                            .orElse("")).orElse("");
            RectificationRecord record = new RectificationRecord(null, order.unit(), order.reason(), order.subject(),
                    note.length() > 2000 ? note.substring(0, 2000) : note, now, acting.actorName(), order.deadline());
            store.em().persist(record);
            audit.record("ORDER_RECTIFICATION", Rectifications.ENTITY, record.id(), codes.get(order.unit()) + "/"
                    + order.subject(), null, record.auditView());
            created.add(record.view(null, codes.get(order.unit()), store.zone(), now));
        }
        return created;
    }

    private List<RoutineAssessment.MonthResult<UUID>> monthResults(String month) {
        if (RoutinePeriods.granularity("month", month) != Granularity.MONTH) {
            throw DomainException.invalid("month", "month: " + month + " is not a month (YYYY-MM)");
        }
        List<RoutineAssessment.WeeklyCheck<UUID>> checks = new ArrayList<>();
        store.em().createQuery("select c from RoutineCheckRecord c order by c.week", RoutineCheckRecord.class)
                .getResultList().stream().filter(c -> RoutinePeriods.monthOf(c.week()).equals(month))
                .forEach(c -> checks.add(c.value()));
        return RoutineAssessment.monthlyBulletin(checks);
    }

    private java.util.Optional<RoutineTaskList> list(UUID unitId) {
        return store.em().createQuery("select l from RoutineTaskList l where l.unitId = :unit", RoutineTaskList.class)
                .setParameter("unit", unitId).getResultStream().findFirst();
    }

    private static void requireSees(Acting acting, Unit unit) {
        if (!CycleStore.office(acting) && !acting.caller().is(Role.ASSESSOR)
                && !unit.id().equals(acting.caller().unitId())) {
            throw DomainException.forbidden("a unit liaison sees only their own unit, not " + unit.code());
        }
    }
}
