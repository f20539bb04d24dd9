package gongkai.cycle;

import gongkai.scoring.ScoreSheet;
import gongkai.tenancy.Acting;
import gongkai.tenancy.TenantContext;
import gongkai.unit.Unit;
import gongkai.unit.Units;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The public results page (issue 4, "Publication"): the published cycles of the acting tenant (set by the caller,
 * who serves anonymous readers), their units, totals and locked grades. Nothing of a cycle before PUBLISHED.
 */
@ApplicationScoped
public class PublicResults {

    @Inject
    CycleStore store;

    @Inject
    Units units;

    @Transactional
    public PublishedResults published() {
        Acting acting = TenantContext.current();
        List<PublishedResults.Cycle> cycles = new ArrayList<>();
        List<AssessmentCycle> published = store.em().createQuery("select c from AssessmentCycle c"
                        + " where c.state in :states order by c.code", AssessmentCycle.class)
                .setParameter("states", List.of(CycleState.PUBLISHED, CycleState.CLOSED)).getResultList();
        for (AssessmentCycle cycle : published) {
            List<PublishedResults.Unit> rows = new ArrayList<>();
            for (CycleUnit unit : store.units(cycle)) {
                ScoreSheet sheet = unit.preliminarySheet();
                Unit assessed = units.byId(unit.unitId()).orElseThrow();
                rows.add(new PublishedResults.Unit(assessed.code(), assessed.names(), sheet.total(), unit.finalGrade(),
                        sheet.grade() == unit.finalGrade() ? sheet.gradeLabel() : unit.finalGrade().defaultLabel()));
            }
            rows.sort(Comparator.comparing(PublishedResults.Unit::unitCode));
            cycles.add(new PublishedResults.Cycle(cycle.code(), cycle.period(), cycle.progress().publishedAt(), rows));
        }
        return new PublishedResults(acting.tenantCode(), cycles);
    }
}
