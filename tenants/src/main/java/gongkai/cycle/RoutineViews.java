package gongkai.cycle;

import java.time.Instant;
import java.util.List;

/** What the routine-assessment API takes and shows (Weibin 2020 Art. 9). */
public final class RoutineViews {

    private RoutineViews() {
    }

    /** A unit's task list: the items of its weekly checks. */
    public record TaskList(String unitCode, List<String> items) {
    }

    /** A weekly check's result: the task-list items below standard (empty: every item met its standard). */
    public record WeeklyCheckInput(List<String> itemsBelowStandard) {
    }

    public record WeeklyCheck(String unitCode, String week, List<String> itemsBelowStandard, String checkedBy,
                              Instant checkedAt) {
    }

    /** One line of the monthly bulletin (月通报): a month fails if any item missed its standard in any week. */
    public record MonthLine(String unitCode, String month, int weeksChecked, List<RoutineAssessment.Miss> missed,
                            boolean failed) {
    }

    /** A quarterly (or any cycle's) ranking line; {@code lastPlace} marks the units Art. 15 criticises. */
    public record RankingLine(int place, String unitCode, String total, boolean lastPlace) {
    }
}
