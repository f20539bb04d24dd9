package gongkai.cycle;

import gongkai.error.DomainException;
import gongkai.scheme.Schemes;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.ScoreSheet;
import gongkai.scoring.ScoringEngine;
import gongkai.scoring.ScoringInput;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.Tenancy;
import gongkai.unit.Unit;
import gongkai.unit.Units;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Loading and checking shared by the cycle services, inside their transactions: the cycle and its units by code,
 * the frozen scheme, who sees which unit (issue 4: a unit liaison only their unit, an assessor only the units
 * assigned to them in that cycle, the office everything), and the engine's score of a unit.
 */
@Dependent
class CycleStore {

    @Inject
    Tenancy tenancy;

    @Inject
    Schemes schemes;

    @Inject
    Units units;

    @Inject
    gongkai.tenancy.Jurisdictions jurisdictions;

    @Inject
    gongkai.survey.SurveyResults surveyResults;

    EntityManager em() {
        return tenancy.entityManager();
    }

    AssessmentCycle cycle(String code) {
        return em().createQuery("select c from AssessmentCycle c where c.code = :code", AssessmentCycle.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("cycle " + code));
    }

    List<CycleUnit> units(AssessmentCycle cycle) {
        return em().createQuery("select u from CycleUnit u where u.cycleId = :cycle", CycleUnit.class)
                .setParameter("cycle", cycle.id()).getResultList();
    }

    /** The unit {@code unitCode} of the cycle; 404 if the tenant has no such unit or the cycle does not assess it. */
    CycleUnit unit(AssessmentCycle cycle, String unitCode) {
        Unit unit = units.get(unitCode);
        return em().createQuery("select u from CycleUnit u where u.cycleId = :cycle and u.unitId = :unit",
                        CycleUnit.class)
                .setParameter("cycle", cycle.id()).setParameter("unit", unit.id()).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("unit " + unitCode + " in cycle " + cycle.code()));
    }

    List<ReviewRecord> requests(AssessmentCycle cycle, UUID unitId) {
        return em().createQuery("select r from ReviewRecord r where r.cycleId = :cycle and r.unitId = :unit"
                        + " order by r.requestedAt", ReviewRecord.class)
                .setParameter("cycle", cycle.id()).setParameter("unit", unitId).getResultList();
    }

    List<ReviewRecord> requests(AssessmentCycle cycle) {
        return em().createQuery("select r from ReviewRecord r where r.cycleId = :cycle order by r.requestedAt",
                        ReviewRecord.class)
                .setParameter("cycle", cycle.id()).getResultList();
    }

    SchemeDefinition definition(AssessmentCycle cycle) {
        return schemes.get(cycle.schemeCode(), cycle.schemeVersion()).definition();
    }

    /** Every unit code of the tenant by id, in one query (lists of many units look their codes up here). */
    Map<UUID, String> unitCodes() {
        Map<UUID, String> codes = new java.util.HashMap<>();
        units.list(true).forEach(u -> codes.put(u.id(), u.code()));
        return codes;
    }

    /** Every cycle code of the tenant by id, in one query. */
    Map<UUID, String> cycleCodes() {
        Map<UUID, String> codes = new java.util.HashMap<>();
        em().createQuery("select c.id, c.code from AssessmentCycle c", Object[].class).getResultList()
                .forEach(row -> codes.put((UUID) row[0], (String) row[1]));
        return codes;
    }

    /** The tenant's time zone. */
    java.time.ZoneId zone() {
        Acting acting = gongkai.tenancy.TenantContext.current();
        return jurisdictions.byId(acting.tenantId()).map(gongkai.tenancy.Tenant::timeZone)
                .orElseThrow(() -> DomainException.notFound("tenant " + acting.tenantCode()));
    }

    String unitCode(UUID unitId) {
        return units.byId(unitId).map(Unit::code).orElse(unitId.toString());
    }

    /** The audit key of a unit in a cycle: {@code cycle/unit}. */
    String key(AssessmentCycle cycle, CycleUnit unit) {
        return cycle.code() + "/" + unitCode(unit.unitId());
    }

    /** The office: the tenant administrator, the platform, the system (a parent's office reads only). */
    static boolean office(Acting acting) {
        return acting.isSystem() || acting.caller().isPlatformAdmin() || acting.caller().is(Role.TENANT_ADMIN);
    }

    static boolean sees(Acting acting, CycleUnit unit) {
        if (office(acting)) {
            return true;
        }
        if (acting.caller().is(Role.ASSESSOR)) {
            return unit.assessors().contains(acting.caller().username());
        }
        return acting.caller().is(Role.UNIT_LIAISON) && unit.unitId().equals(acting.caller().unitId());
    }

    static void requireSees(Acting acting, CycleUnit unit, String unitCode) {
        if (!sees(acting, unit)) {
            throw DomainException.forbidden(acting.caller().is(Role.UNIT_LIAISON)
                    ? "a unit liaison acts only for their own unit, not " + unitCode
                    : "unit " + unitCode + " is not assigned to " + acting.caller().username() + " in this cycle");
        }
    }

    /**
     * The engine's result for the unit's stored scores and events (every leaf must be scored), with the unit's
     * social-evaluation result from the cycle's campaign when the scheme reads one (issue 5).
     */
    ScoreSheet score(AssessmentCycle cycle, SchemeDefinition scheme, CycleUnit unit) {
        return score(cycle, scheme, ScoringEngine.of(scheme), unit);
    }

    /** The engine's result for a scheme that reads no social evaluation. */
    static ScoreSheet score(SchemeDefinition scheme, CycleUnit unit) {
        return ScoringEngine.of(scheme).score(input(unit.scores(), unit.events()));
    }

    /** As {@link #score(AssessmentCycle, SchemeDefinition, CycleUnit)} with an engine built once for many units. */
    ScoreSheet score(AssessmentCycle cycle, SchemeDefinition scheme, ScoringEngine engine, CycleUnit unit) {
        ScoringInput input = input(unit.scores(), unit.events());
        if (SocialEvaluation.needed(scheme)) {
            input = social(cycle, unit.unitId()).applyTo(scheme, input);
        }
        return engine.score(input);
    }

    /** The unit's result in the cycle's campaign, without flagged responses; 409 when no campaign is linked. */
    SocialEvaluation social(AssessmentCycle cycle, UUID unitId) {
        String campaign = cycle.surveyCampaignCode();
        if (campaign == null) {
            throw DomainException.conflict("socialEvaluation", "the scheme reads social evaluation: link the cycle "
                    + cycle.code() + " to its campaign first (PUT .../cycles/" + cycle.code() + "/social-evaluation)");
        }
        gongkai.survey.results.UnitResult result = surveyResults.unitResult(campaign, unitId)
                .orElseThrow(() -> DomainException.conflict("socialEvaluation", "campaign " + campaign
                        + " does not evaluate unit " + unitCode(unitId)));
        return new SocialEvaluation(campaign, result.score().orElse(null),
                result.rate().map(r -> r.percent()).orElse(null));
    }

    /**
     * Checks events (and scores) with the engine as they are entered, so that an unknown rule code is a 400 now and
     * not at the preliminary results; indicators not scored yet count as 0 for this check only.
     */
    static void checkWithEngine(SchemeDefinition scheme, Map<String, AssessorScore> scores, CycleEvents events) {
        Map<String, AssessorScore> complete = new LinkedHashMap<>();
        ScoringSheet.of(scheme).leaves().keySet().forEach(code -> complete.put(code, AssessorScore.full("0")));
        complete.putAll(scores);
        ScoringInput input = input(complete, events);
        if (SocialEvaluation.needed(scheme)) {
            input = SocialEvaluation.placeholder().applyTo(scheme, input);
        }
        ScoringEngine.of(scheme).score(input);
    }

    private static ScoringInput input(Map<String, AssessorScore> scores, CycleEvents events) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        scores.forEach((code, score) -> points.put(code, score.points()));
        return ScoringInput.empty().withIndicatorScores(points).withBonuses(events.bonuses())
                .withDeductions(events.deductions()).withVetoes(events.vetoes());
    }
}
