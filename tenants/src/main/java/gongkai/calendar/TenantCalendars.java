package gongkai.calendar;

import gongkai.audit.AuditLog;
import gongkai.error.DomainException;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.Role;
import gongkai.tenancy.Tenancy;
import gongkai.tenancy.Tenant;
import gongkai.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The acting tenant's working-day calendar: the built-in official list, the years its office imported and its own
 * local days. Everyone of the tenant (and its parents) reads it; only its office changes it, and every change is
 * audited. The calendar's argument errors become {@link DomainException#invalid} naming the parameter
 * ({@code from}, {@code add}, {@code to}, {@code line 3}...), so the REST API answers 400 for that field.
 */
@ApplicationScoped
public class TenantCalendars {

    /** An imported list is a few dozen lines; this bounds what the audit log keeps of one. */
    public static final int MAX_LIST_CHARACTERS = 64 * 1024;

    @Inject
    Tenancy tenancy;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    AuditLog audit;

    /** The acting tenant's calendar: official (built-in and imported years) plus its local days. */
    @Transactional
    public WorkingDayCalendar current() {
        TenantContext.current();
        EntityManager em = tenancy.entityManager();
        OfficialDays official = OfficialDays.builtIn();
        // Ascending, so that a year's list may replace the December days of the year before (2022-12-31 in 2023's)
        for (ImportedYear year : em.createQuery("select y from ImportedYear y order by y.forYear", ImportedYear.class)
                .getResultList()) {
            official = official.withYear(year.year(), year.days());
        }
        List<SpecialDay> local = em.createQuery("select d from LocalDay d", LocalDay.class).getResultList().stream()
                .map(LocalDay::specialDay).toList();
        return WorkingDayCalendar.of(official, local);
    }

    /** The {@code n}-th working day after {@code from} ({@code from} not counted), for the acting tenant. */
    @Transactional
    public LocalDate addWorkingDays(LocalDate from, int n) {
        WorkingDayCalendar calendar = current();
        return checked(() -> calendar.addWorkingDays(from, n));
    }

    /** The working days from {@code from} to {@code to}, both included, for the acting tenant. */
    @Transactional
    public int countWorkingDays(LocalDate from, LocalDate to) {
        WorkingDayCalendar calendar = current();
        return checked(() -> calendar.countWorkingDays(from, to));
    }

    /** The deadline of something due within {@code workingDays} working days of {@code start}, in the tenant's zone. */
    @Transactional
    public Deadline deadline(Instant start, int workingDays) {
        WorkingDayCalendar calendar = current();
        ZoneId zone = zone();
        return checked(() -> calendar.deadline(start, workingDays, zone));
    }

    /** Today in the acting tenant's time zone. */
    @Transactional
    public LocalDate today() {
        return LocalDate.now(zone());
    }

    /** The years with an official list for the acting tenant (built in or imported), ascending. */
    @Transactional
    public SortedSet<Integer> coveredYears() {
        return current().coveredYears();
    }

    /**
     * The listed days of {@code year}, in date order: the official holidays and adjusted working days, and the
     * tenant's local days, which replace an official entry on the same date (as they do in every calculation).
     * A year without an official list gives only its local days.
     */
    @Transactional
    public List<CalendarDay> specialDays(int year) {
        checkYear("year", year);
        WorkingDayCalendar calendar = current();
        TreeMap<LocalDate, CalendarDay> days = new TreeMap<>();
        for (SpecialDay day : calendar.officialDays().daysOf(year)) {
            days.put(day.date(), new CalendarDay(day.date(),
                    day.kind() == DayKind.HOLIDAY ? DayReason.OFFICIAL_HOLIDAY : DayReason.ADJUSTED_WORKING_DAY,
                    day.name()));
        }
        for (SpecialDay day : calendar.overrides()) {
            if (day.date().getYear() == year) {
                days.put(day.date(), new CalendarDay(day.date(),
                        day.kind() == DayKind.HOLIDAY ? DayReason.LOCAL_HOLIDAY : DayReason.LOCAL_WORKING_DAY,
                        day.name()));
            }
        }
        return List.copyOf(days.values());
    }

    /**
     * Makes {@code date} a local day off ({@link DayKind#HOLIDAY}) or working day ({@link DayKind#WORKDAY}) of the
     * acting tenant, replacing its earlier local day on that date. The office only.
     */
    @Transactional
    public CalendarDay setLocalDay(LocalDate date, DayKind kind, String name) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.TENANT_ADMIN);
        SpecialDay day = checked(() -> new SpecialDay(date, kind, name));
        checkYear("date", date.getYear());
        Optional<LocalDay> existing = localDay(date);
        LocalDay stored;
        if (existing.isPresent()) {
            stored = existing.get();
            Map<String, Object> before = stored.auditView();
            stored.apply(day);
            audit.record("UPDATE", "calendar-day", stored.id(), date.toString(), before, stored.auditView());
        } else {
            stored = new LocalDay(day);
            tenancy.entityManager().persist(stored);
            audit.record("CREATE", "calendar-day", stored.id(), date.toString(), null, stored.auditView());
        }
        return new CalendarDay(date, kind == DayKind.HOLIDAY ? DayReason.LOCAL_HOLIDAY : DayReason.LOCAL_WORKING_DAY,
                day.name());
    }

    /** Removes the acting tenant's local day on {@code date}: the official list decides again. The office only. */
    @Transactional
    public void removeLocalDay(LocalDate date) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.TENANT_ADMIN);
        if (date == null) {
            throw DomainException.invalid("date", "date is required");
        }
        LocalDay stored = localDay(date).orElseThrow(() -> DomainException.notFound("local day " + date));
        Map<String, Object> before = stored.auditView();
        tenancy.entityManager().remove(stored);
        audit.record("DELETE", "calendar-day", stored.id(), date.toString(), before, null);
    }

    /**
     * Imports the official list of {@code year} (the State Council's notice, in the format of {@link OfficialDays}),
     * replacing what the tenant had for that year, built in or imported. A bad line refuses the whole list,
     * naming it ({@code line 3}), and nothing is stored. The office only.
     *
     * @return the year's official days as imported
     */
    @Transactional
    public List<SpecialDay> importYear(int year, String list) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.TENANT_ADMIN);
        if (list != null && list.length() > MAX_LIST_CHARACTERS) {
            throw DomainException.invalid("list", "list: at most " + MAX_LIST_CHARACTERS + " characters");
        }
        List<SpecialDay> days = checked(() -> OfficialDays.parseYear(year, list));
        EntityManager em = tenancy.entityManager();
        Optional<ImportedYear> existing = em.createQuery("select y from ImportedYear y where y.forYear = :year",
                ImportedYear.class).setParameter("year", year).getResultStream().findFirst();
        if (existing.isPresent()) {
            ImportedYear stored = existing.get();
            Map<String, Object> before = stored.auditView();
            stored.replace(list);
            audit.record("IMPORT", "calendar-year", stored.id(), Integer.toString(year), before, stored.auditView());
        } else {
            ImportedYear stored = new ImportedYear(year, list);
            em.persist(stored);
            audit.record("IMPORT", "calendar-year", stored.id(), Integer.toString(year), null, stored.auditView());
        }
        return days.stream().sorted(Comparator.comparing(SpecialDay::date)).toList();
    }

    private Optional<LocalDay> localDay(LocalDate date) {
        return tenancy.entityManager().createQuery("select d from LocalDay d where d.onDate = :date", LocalDay.class)
                .setParameter("date", date).getResultStream().findFirst();
    }

    private ZoneId zone() {
        Acting acting = TenantContext.current();
        return jurisdictions.byId(acting.tenantId()).map(Tenant::timeZone)
                .orElseThrow(() -> DomainException.notFound("tenant " + acting.tenantCode()));
    }

    private static void checkYear(String parameter, int year) {
        if (year < OfficialDays.MIN_YEAR || year > OfficialDays.MAX_YEAR) {
            throw DomainException.invalid(parameter, parameter + ": " + year + " is outside "
                    + OfficialDays.MIN_YEAR + ".." + OfficialDays.MAX_YEAR);
        }
    }

    /** Runs a calendar calculation, turning its argument errors into a refusal naming the parameter. */
    private static <T> T checked(Supplier<T> calculation) {
        try {
            return calculation.get();
        } catch (CalendarArgumentException e) {
            throw DomainException.invalid(e.parameter(), e.getMessage());
        }
    }
}
