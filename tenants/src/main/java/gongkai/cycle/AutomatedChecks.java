package gongkai.cycle;

import gongkai.audit.AuditLog;
import gongkai.error.DomainException;
import gongkai.scoring.Indicator;
import gongkai.scoring.SchemeDefinition;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Imports automated-check results (e.g. a website checker's findings) as assessors' scores during the ASSESSMENT
 * (409 in any other state). All or nothing: every line is checked first (unit of the cycle, leaf indicator, points
 * within 0 and the maximum with at most two decimals, a comment below the maximum, no indicator twice for a unit) and
 * the first problem is a 400 naming the line and column; nothing is stored then. An assessor imports only for the
 * units assigned to them (403 naming the line). Each unit's changed scores are audited old -> new.
 */
@ApplicationScoped
public class AutomatedChecks {

    @Inject
    CycleStore store;

    @Inject
    AuditLog audit;

    /** What an import did. */
    public record Imported(int rows, int units, int unitsCompletelyScored) {
    }

    @Transactional
    public Imported importCsv(String cycleCode, String csv) {
        Acting acting = TenantContext.current();
        acting.requireChange(Role.ASSESSOR, Role.TENANT_ADMIN);
        AssessmentCycle cycle = store.cycle(cycleCode);
        CycleProgress progress = cycle.progress();
        if (progress.state() != CycleState.ASSESSMENT) {
            throw DomainException.conflict("state", "A cycle in state " + progress.state()
                    + " does not allow importing automated-check results (only during the ASSESSMENT)");
        }
        List<AutomatedCheckCsv.Row> rows = AutomatedCheckCsv.parse(csv);
        SchemeDefinition scheme = store.definition(cycle);
        ScoringSheet sheet = ScoringSheet.of(scheme);
        Map<UUID, String> codes = store.unitCodes();
        Map<String, CycleUnit> byCode = new HashMap<>();
        List<CycleUnit> cycleUnits = store.units(cycle);
        cycleUnits.forEach(u -> byCode.put(codes.get(u.unitId()), u));
        Map<CycleUnit, Map<String, AssessorScore>> entries = new LinkedHashMap<>();
        for (AutomatedCheckCsv.Row row : rows) {
            CycleUnit unit = byCode.get(row.unitCode());
            if (unit == null) {
                throw DomainException.invalid(row.field("unitCode"), "line " + row.line() + ", column unitCode: "
                        + row.unitCode() + " is not a unit of cycle " + cycle.code());
            }
            if (!CycleStore.sees(acting, unit)) {
                throw DomainException.forbidden("line " + row.line() + ": unit " + row.unitCode()
                        + " is not assigned to " + acting.actorName() + " in this cycle");
            }
            Indicator leaf = sheet.leaves().get(row.indicatorCode());
            if (leaf == null) {
                throw DomainException.invalid(row.field("indicatorCode"), "line " + row.line()
                        + ", column indicatorCode: " + row.indicatorCode() + (sheet.isParent(row.indicatorCode())
                        ? " is not a leaf indicator" : " is not an indicator of the scoring sheet"));
            }
            List<FieldProblem> problems = new ArrayList<>();
            if (!AssessorScores.pointsFit(row.field("points"), row.points(), leaf.maxPoints(), problems)) {
                throw DomainException.invalid(row.field("points"), "line " + row.line() + ", column points: "
                        + problems.get(0).message().replace(row.field("points") + " ", "")
                        + " (maximum of " + row.indicatorCode() + ")");
            }
            if (row.points().compareTo(leaf.maxPoints()) < 0 && row.comment() == null) {
                throw DomainException.invalid(row.field("comment"), "line " + row.line() + ", column comment: a "
                        + "comment is required below the maximum (" + row.points().toPlainString() + " of "
                        + leaf.maxPoints().toPlainString() + ")");
            }
            if (row.comment() != null && row.comment().length() > AssessorScores.MAX_COMMENT) {
                throw DomainException.invalid(row.field("comment"), "line " + row.line() + ", column comment: at "
                        + "most " + AssessorScores.MAX_COMMENT + " characters");
            }
            Map<String, AssessorScore> forUnit = entries.computeIfAbsent(unit, u -> new LinkedHashMap<>());
            if (forUnit.put(row.indicatorCode(), new AssessorScore(row.points(), row.comment())) != null) {
                throw DomainException.invalid(row.field("indicatorCode"), "line " + row.line() + ": "
                        + row.indicatorCode() + " of " + row.unitCode() + " appears twice in the file");
            }
        }
        Instant now = Instant.now();
        int complete = 0;
        for (Map.Entry<CycleUnit, Map<String, AssessorScore>> entry : entries.entrySet()) {
            CycleUnit unit = entry.getKey();
            Map<String, AssessorScore> old = unit.scores();
            UnitProgress scored = unit.progress(List.of())
                    .enterScores(entry.getValue(), scheme, progress);
            if (scored.scoredAt() == null && AssessorScores.missing(scheme, scored.scores()).isEmpty()) {
                scored = scored.completeScoring(scheme, progress, now);
            }
            if (scored.scoredAt() != null) {
                complete++;
            }
            unit.apply(scored);
            Map<String, Object> before = new LinkedHashMap<>();
            Map<String, Object> after = new LinkedHashMap<>();
            entry.getValue().forEach((code, score) -> {
                before.put(code, old.containsKey(code) ? old.get(code).points().toPlainString() : null);
                after.put(code, score.points().toPlainString());
            });
            audit.record("IMPORT_CHECKS", "cycle_unit", unit.id(), cycle.code() + "/" + codes.get(unit.unitId()),
                    before, after);
        }
        return new Imported(rows.size(), entries.size(), complete);
    }
}
