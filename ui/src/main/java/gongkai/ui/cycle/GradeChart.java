package gongkai.ui.cycle;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import gongkai.cycle.UnitResult;
import gongkai.scoring.Grade;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The grade distribution as horizontal bars drawn with CSS (no chart library: Vaadin's charts are commercial). */
class GradeChart extends Div {

    private static final Map<Grade, String> COLOURS = Map.of(Grade.EXCELLENT, "var(--lumo-success-color)",
            Grade.GOOD, "var(--lumo-primary-color)", Grade.PASS, "var(--lumo-contrast-50pct)",
            Grade.FAIL, "var(--lumo-error-color)");

    GradeChart(List<UnitResult> results) {
        setId("grade-chart");
        getStyle().set("display", "grid").set("grid-template-columns", "6em 1fr 3em").set("gap", "4px 8px")
                .set("align-items", "center").set("max-width", "40em");
        Map<Grade, Integer> counts = counts(results);
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (Grade grade : List.of(Grade.EXCELLENT, Grade.GOOD, Grade.PASS, Grade.FAIL)) {
            int n = counts.get(grade);
            Div bar = new Div();
            bar.getStyle().set("height", "1.2em").set("background", COLOURS.get(grade)).set("border-radius", "3px")
                    .set("width", most == 0 ? "0" : (100 * n / most) + "%");
            bar.getElement().setAttribute("title", getTranslation("cycle.grade." + grade.name()) + ": " + n);
            Span count = new Span(String.valueOf(n));
            count.setId("grade-count-" + grade.name());
            add(new Span(getTranslation("cycle.grade." + grade.name())), bar, count);
        }
    }

    /** Units by the grade that counts: the locked final grade, else the preliminary one. */
    static Map<Grade, Integer> counts(List<UnitResult> results) {
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            counts.put(grade, 0);
        }
        results.forEach(r -> counts.merge(r.finalGrade() != null ? r.finalGrade() : r.grade(), 1, Integer::sum));
        return counts;
    }
}
