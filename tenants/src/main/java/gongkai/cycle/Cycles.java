package gongkai.cycle;

import gongkai.audit.AuditLog;
import gongkai.calendar.TenantCalendars;
import gongkai.error.Check;
import gongkai.error.DomainException;
import gongkai.scheme.Schemes;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.ScoreSheet;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.Role;
import gongkai.tenancy.Tenant;
import gongkai.tenancy.TenantContext;
import gongkai.unit.Unit;
import gongkai.unit.Units;
import gongkai.user.User;
import gongkai.user.Users;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The acting tenant's assessment cycles: created and moved through their states by the office
 * ({@link CycleProgress} decides what is allowed; 409 otherwise), read by everyone of the tenant within what they
 * may see. Every change is audited.
 */
@ApplicationScoped
public class Cycles {

    static final String ENTITY = "cycle";

    @Inject
    CycleStore store;

    @Inject
    Schemes schemes;

    @Inject
    Units units;

    @Inject
    Users users;

    @Inject
    TenantCalendars calendars;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    AuditLog audit;

    @Inject
    Rectifications rectifications;

    @Inject
    AccountabilityFlags flags;

    @Inject
    gongkai.survey.Campaigns campaigns;

    @Transactional
    public List<CycleSummary> list() {
        TenantContext.current();
        return store.em().createQuery("select c from AssessmentCycle c order by c.code", AssessmentCycle.class)
                .getResultList().stream().map(AssessmentCycle::summary).toList();
    }

    @Transactional
    public CycleView get(String code) {
        return view(store.cycle(code));
    }

    /** Creates a PLANNED cycle; the scheme version must be APPROVED (or already IN_USE) and is frozen by it. */
    @Transactional
    public CycleView create(NewCycle request) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.TENANT_ADMIN);
        if (!store.em().createQuery("select c from AssessmentCycle c where c.code = :code", AssessmentCycle.class)
                .setParameter("code", request.code()).getResultList().isEmpty()) {
            throw DomainException.conflict("code", "a cycle with code '" + request.code() + "' already exists");
        }
        try {
            schemes.get(request.schemeCode(), request.schemeVersion());
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            throw DomainException.invalid("schemeVersion", "there is no version " + request.schemeVersion()
                    + " of scheme '" + request.schemeCode() + "'");
        }
        List<Unit> active = units.list(false);
        List<Unit> assessed = new ArrayList<>();
        for (int i = 0; i < request.unitCodes().size(); i++) {
            String field = "unitCodes[" + i + "]";
            String unitCode = request.unitCodes().get(i);
            Unit unit = active.stream().filter(u -> u.code().equals(unitCode)).findFirst()
                    .orElseThrow(() -> DomainException.invalid(field, "there is no active unit " + unitCode));
            assessed.add(unit);
        }
        schemes.markInUse(request.schemeCode(), request.schemeVersion());
        ZoneId zone = jurisdictions.byId(acting.tenantId()).map(Tenant::timeZone)
                .orElseThrow(() -> DomainException.notFound("tenant " + acting.tenantCode()));
        AssessmentCycle cycle = new AssessmentCycle(request, zone);
        store.em().persist(cycle);
        for (Unit unit : assessed) {
            store.em().persist(new CycleUnit(cycle.id(), unit.id()));
        }
        store.em().flush();
        Map<String, Object> after = cycle.auditView();
        after.put("units", request.unitCodes());
        audit.record("CREATE", ENTITY, cycle.id(), cycle.code(), null, after);
        return view(cycle);
    }

    /**
     * Moves the cycle on (the office): {@code move} is one of the state-changing {@link Move}s, written in lower case
     * with dashes ({@code notify}, {@code start-assessment}...). Computing the preliminary results scores every unit
     * with the engine; finalising locks each unit's grade.
     */
    /** The campaign the cycle reads social evaluation from (null when none is linked). */
    @Transactional
    public SocialEvaluationLink socialEvaluation(String code) {
        String campaign = store.cycle(code).surveyCampaignCode();
        return campaign == null ? null : new SocialEvaluationLink(campaign);
    }

    /**
     * Links the cycle to the campaign whose results feed its scheme's SOCIAL components and satisfactionRate
     * conditions (the office); the campaign must exist in the tenant. Read when results are computed.
     */
    @Transactional
    public SocialEvaluationLink linkSocialEvaluation(String code, SocialEvaluationLink link) {
        Check.present("body", link);
        TenantContext.current().requireChange(Role.TENANT_ADMIN);
        AssessmentCycle cycle = store.cycle(code);
        if (!campaigns.exists(link.campaignCode())) {
            throw DomainException.invalid("campaignCode", "no campaign '" + link.campaignCode() + "'");
        }
        String before = cycle.surveyCampaignCode();
        cycle.linkSurveyCampaign(link.campaignCode());
        audit.record("LINK_SOCIAL_EVALUATION", "cycle", cycle.id(), cycle.code(),
                before == null ? null : java.util.Map.of("surveyCampaignCode", before),
                java.util.Map.of("surveyCampaignCode", link.campaignCode()));
        return link;
    }

    @Transactional
    public CycleView move(String code, String move, CycleMove details) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.TENANT_ADMIN);
        Move parsed = parse(move);
        CycleMove given = details == null ? CycleMove.none() : details;
        AssessmentCycle cycle = store.cycle(code);
        CycleProgress before = cycle.progress();
        Map<String, Object> auditBefore = cycle.auditView();
        Instant now = Instant.now();
        CycleProgress next = switch (parsed) {
            case NOTIFY -> before.notifyUnits(given.noticeDate());
            case OPEN_SELF_ASSESSMENT -> before.openSelfAssessment();
            case START_ASSESSMENT -> before.startAssessment(given.startDate());
            case COMPUTE_PRELIMINARY -> before.computePreliminary();
            case REOPEN_ASSESSMENT -> before.reopenAssessment();
            case OPEN_REVIEW -> before.openReview(now, calendars.current(), cycle.zone());
            case CLOSE_REVIEW -> before.closeReview(now, undecided(cycle));
            case FINALISE -> before.finalise(given.approval());
            case PUBLISH -> before.publish(now);
            case CLOSE -> before.close();
            case CANCEL -> before.cancel(given.reason());
            default -> throw DomainException.notFound("move " + move);
        };
        List<CycleUnit> loaded = null;
        if (parsed == Move.COMPUTE_PRELIMINARY) {
            loaded = computePreliminary(cycle);
        } else if (parsed == Move.FINALISE) {
            List<CycleUnit> locked = lockGrades(cycle, next);
            rectifications.orderForLockedGrades(cycle, locked, store.requests(cycle));
            flags.flagFailTwoYearsRunning(cycle, locked);
        }
        cycle.apply(next);
        audit.record(parsed.name(), ENTITY, cycle.id(), cycle.code(), auditBefore, cycle.auditView());
        return loaded == null ? view(cycle) : view(cycle, loaded);
    }

    private static Move parse(String move) {
        String name = move == null ? "" : move.toUpperCase().replace('-', '_');
        return Arrays.stream(Move.values())
                .filter(m -> m.changesState() || m == Move.CLOSE_REVIEW)
                .filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> DomainException.notFound("move " + move));
    }

    private int undecided(AssessmentCycle cycle) {
        return (int) store.requests(cycle).stream().filter(r -> !r.value().decided()).count();
    }

    /**
     * Every unit must be completely scored: a preliminary result of a half-scored unit would mislead it. One query
     * for the units, one engine for the scheme; the audit keeps each unit's total and grade in one event (the scores
     * themselves were audited as they were entered).
     */
    private List<CycleUnit> computePreliminary(AssessmentCycle cycle) {
        SchemeDefinition scheme = store.definition(cycle);
        ScoringSheet sheet = ScoringSheet.of(scheme);
        gongkai.scoring.ScoringEngine engine = gongkai.scoring.ScoringEngine.of(scheme);
        Map<java.util.UUID, String> codes = store.unitCodes();
        Map<String, Object> before = new java.util.TreeMap<>();
        Map<String, Object> after = new java.util.TreeMap<>();
        List<CycleUnit> cycleUnits = store.units(cycle);
        for (CycleUnit unit : cycleUnits) {
            Map<String, AssessorScore> scores = unit.scores();
            List<String> missing = sheet.leaves().keySet().stream().filter(c -> !scores.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw DomainException.conflict("units", "unit " + codes.get(unit.unitId()) + " is not scored "
                        + "completely: " + missing.size() + " indicator(s) missing, the first " + missing.get(0));
            }
            String code = codes.get(unit.unitId());
            before.put(code, unit.preliminaryGrade() == null ? null : unit.preliminaryGrade().name());
            ScoreSheet result = store.score(cycle, scheme, engine, unit);
            unit.preliminary(result);
            after.put(code, result.total() + " " + result.grade());
        }
        audit.record("PRELIMINARY_RESULTS", ENTITY, cycle.id(), cycle.code(), before, after);
        return cycleUnits;
    }

    private List<CycleUnit> lockGrades(AssessmentCycle cycle, CycleProgress finalised) {
        Map<java.util.UUID, List<ReviewRecord>> requests = byUnit(store.requests(cycle));
        List<CycleUnit> locked = store.units(cycle);
        for (CycleUnit unit : locked) {
            Map<String, Object> before = unit.auditView();
            unit.apply(unit.progress(requests.getOrDefault(unit.unitId(), List.of()))
                    .finalise(unit.preliminaryGrade(), finalised));
            audit.record("LOCK_GRADE", "cycle_unit", unit.id(), store.key(cycle, unit), before, unit.auditView());
        }
        return locked;
    }

    private static Map<java.util.UUID, List<ReviewRecord>> byUnit(List<ReviewRecord> requests) {
        Map<java.util.UUID, List<ReviewRecord>> map = new java.util.HashMap<>();
        requests.forEach(r -> map.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r));
        return map;
    }

    /** Assigns assessors to one unit of the cycle (the office); each must be an active assessor of the tenant. */
    @Transactional
    public CycleView assign(String code, String unitCode, AssessorAssignment assignment) {
        TenantContext.current().requireChange(Role.TENANT_ADMIN);
        AssessmentCycle cycle = store.cycle(code);
        if (cycle.state().terminal() || cycle.state().gradesLocked()) {
            throw DomainException.conflict("state", "A cycle in state " + cycle.state()
                    + " does not allow assigning assessors");
        }
        CycleUnit unit = store.unit(cycle, unitCode);
        for (int i = 0; i < assignment.usernames().size(); i++) {
            String username = assignment.usernames().get(i);
            User user = users.findByName(username).orElse(null);
            if (user == null || user.role() != Role.ASSESSOR || !user.active()) {
                throw DomainException.invalid("usernames[" + i + "]", username + " is not an active assessor");
            }
        }
        Map<String, Object> before = unit.auditView();
        unit.assign(assignment.usernames());
        audit.record("ASSIGN_ASSESSORS", "cycle_unit", unit.id(), store.key(cycle, unit), before, unit.auditView());
        return view(cycle);
    }

    /**
     * The results the caller may see: the office from the preliminary results on (not while the assessment is
     * reopened: they are being corrected), a unit or an assessor only their units and only once the review has
     * opened (the preliminary results are then shown to the units).
     */
    @Transactional
    public List<UnitResult> results(String code) {
        Acting acting = TenantContext.current();
        AssessmentCycle cycle = store.cycle(code);
        CycleState state = cycle.state();
        boolean computed = state.compareTo(CycleState.PRELIMINARY) >= 0 && state != CycleState.CANCELLED;
        boolean shown = computed && state != CycleState.PRELIMINARY;
        if (!(CycleStore.office(acting) ? computed : shown)) {
            return List.of();
        }
        Map<java.util.UUID, String> codes = store.unitCodes();
        List<UnitResult> results = new ArrayList<>();
        for (CycleUnit unit : store.units(cycle)) {
            ScoreSheet sheet = unit.preliminarySheet();
            if (sheet != null && CycleStore.sees(acting, unit)) {
                results.add(new UnitResult(codes.get(unit.unitId()), sheet.total(), sheet.uncappedTotal(),
                        sheet.grade(), sheet.gradeLabel(), unit.finalGrade(), sheet.explanation()));
            }
        }
        results.sort((a, b) -> a.unitCode().compareTo(b.unitCode()));
        return results;
    }

    /**
     * The public commendation and criticism lists (通报表彰 / 通报批评) from the locked grades, by unit code; empty
     * before the grades are locked, and for anyone but the office before publication.
     */
    @Transactional
    public CycleConsequences consequences(String code) {
        Acting acting = TenantContext.current();
        AssessmentCycle cycle = store.cycle(code);
        CycleState state = cycle.state();
        boolean shown = CycleStore.office(acting) ? state.gradesLocked()
                : state == CycleState.PUBLISHED || state == CycleState.CLOSED;
        if (!shown) {
            return new CycleConsequences(cycle.code(), List.of(), List.of());
        }
        Map<java.util.UUID, String> codes = store.unitCodes();
        Map<String, gongkai.scoring.Grade> grades = new java.util.TreeMap<>();
        store.units(cycle).forEach(u -> grades.put(codes.get(u.unitId()), u.finalGrade()));
        return new CycleConsequences(cycle.code(), Consequences.commendations(grades),
                Consequences.criticisms(grades));
    }

    /**
     * The ranking of a cycle's units by their results, best first with the scheme's tie-break (Weibin 2020 Art. 9:
     * the quarterly assessment ranks the units; Art. 15: the last place is criticised). The office, once computed.
     */
    @Transactional
    public List<RoutineViews.RankingLine> ranking(String code) {
        TenantContext.current().requireRole(Role.TENANT_ADMIN);
        AssessmentCycle cycle = store.cycle(code);
        CycleState state = cycle.state();
        if (state.compareTo(CycleState.PRELIMINARY) < 0 || state == CycleState.CANCELLED) {
            throw DomainException.conflict("state", "A cycle in state " + state + " has no results to rank yet");
        }
        Map<java.util.UUID, String> codes = store.unitCodes();
        Map<String, ScoreSheet> sheets = new java.util.TreeMap<>();
        store.units(cycle).forEach(u -> sheets.put(codes.get(u.unitId()), u.preliminarySheet()));
        List<gongkai.scoring.Ranking.Ranked<String>> ranked = RoutineAssessment.quarterlyRanking(sheets,
                store.definition(cycle).tieBreak());
        List<String> last = RoutineAssessment.lastPlace(ranked);
        return ranked.stream().map(r -> new RoutineViews.RankingLine(r.place(), r.unit(), r.sheet().total(),
                last.contains(r.unit()))).toList();
    }

    /**
     * The bulletin (通报) of a cycle for the office to download: from the locked grades on (409 before), units by
     * grade, then total, best first.
     */
    @Transactional
    public Bulletin bulletin(String code) {
        Acting acting = TenantContext.current();
        acting.requireRole(Role.TENANT_ADMIN);
        AssessmentCycle cycle = store.cycle(code);
        CycleProgress progress = cycle.progress();
        if (!progress.state().gradesLocked()) {
            throw DomainException.conflict("state", "A cycle in state " + progress.state()
                    + " has no bulletin yet: the grades are locked when the leading group approves (FINAL)");
        }
        Map<java.util.UUID, Unit> byId = new java.util.HashMap<>();
        units.list(true).forEach(u -> byId.put(u.id(), u));
        List<Bulletin.Row> rows = new ArrayList<>();
        Map<String, gongkai.scoring.Grade> grades = new java.util.LinkedHashMap<>();
        for (CycleUnit unit : store.units(cycle)) {
            ScoreSheet sheet = unit.preliminarySheet();
            Unit assessed = byId.get(unit.unitId());
            rows.add(new Bulletin.Row(assessed.code(), assessed.names().zhHans(), sheet.total(), unit.finalGrade(),
                    sheet.grade() == unit.finalGrade() ? sheet.gradeLabel() : unit.finalGrade().defaultLabel()));
        }
        // by grade first: a vetoed unit (FAIL with a high total) is listed among the failed, not by its points
        rows.sort(java.util.Comparator.comparing(Bulletin.Row::grade, java.util.Comparator.reverseOrder())
                .thenComparing(r -> new java.math.BigDecimal(r.total()), java.util.Comparator.reverseOrder())
                .thenComparing(Bulletin.Row::unitCode));
        rows.forEach(r -> grades.put(r.unitName(), r.grade()));
        Tenant tenant = jurisdictions.byId(acting.tenantId()).orElseThrow();
        return new Bulletin(tenant.names().zhHans(), cycle.code(), cycle.period(), progress.state(),
                progress.approval().approvedOn(), progress.approval().reference(), rows,
                Consequences.commendations(grades), Consequences.criticisms(grades));
    }

    CycleView view(AssessmentCycle cycle) {
        return view(cycle, store.units(cycle));
    }

    /** The view over units already loaded in this transaction (no second read of their rows). */
    CycleView view(AssessmentCycle cycle, List<CycleUnit> cycleUnits) {
        Acting acting = TenantContext.current();
        CycleProgress progress = cycle.progress();
        SchemeDefinition scheme = store.definition(cycle);
        ScoringSheet sheet = ScoringSheet.of(scheme);
        int indicators = sheet.leaves().size();
        List<CycleView.UnitView> unitViews = new ArrayList<>();
        Map<java.util.UUID, List<ReviewRecord>> requests = byUnit(store.requests(cycle));
        Map<java.util.UUID, String> codes = store.unitCodes();
        for (CycleUnit unit : cycleUnits) {
            if (CycleStore.sees(acting, unit)) {
                UnitProgress up = unit.progress(requests.getOrDefault(unit.unitId(), List.of()));
                int scored = (int) sheet.leaves().keySet().stream().filter(up.scores()::containsKey).count();
                unitViews.add(new CycleView.UnitView(codes.get(unit.unitId()), up.stage(), unit.assessors(),
                        up.selfAssessmentSubmittedAt(), scored, indicators));
            }
        }
        unitViews.sort((a, b) -> a.unitCode().compareTo(b.unitCode()));
        List<Move> allowed = Arrays.stream(Move.values()).filter(progress::allows).toList();
        return new CycleView(cycle.code(), cycle.schemeCode(), cycle.schemeVersion(), cycle.period(),
                progress.state(), progress.rules(), progress.noticeDate(), progress.earliestAssessmentStart(),
                progress.assessmentStartedOn(),
                progress.reviewWindow() == null ? null : progress.reviewWindow().end().toInstant(),
                progress.reviewDecisionDeadline() == null ? null
                        : progress.reviewDecisionDeadline().end().toInstant(),
                progress.reviewClosedAt(), progress.approval(), progress.publishedAt(), progress.cancellationReason(),
                allowed, unitViews);
    }
}
