package gongkai.cycle;

import gongkai.scoring.Grade;
import java.time.LocalDate;
import java.util.List;

/**
 * What the bulletin (通报) of a cycle says: the tenant, the cycle, each unit's total and grade (best grade first,
 * then the higher total), and the commendation and criticism lists, with unit names in simplified Chinese.
 */
public record Bulletin(String tenantName, String cycleCode, String period, CycleState state, LocalDate approvedOn,
                       String approvalReference, List<Row> rows, List<String> commended, List<String> criticised) {

    public record Row(String unitCode, String unitName, String total, Grade grade, String gradeLabel) {
    }
}
