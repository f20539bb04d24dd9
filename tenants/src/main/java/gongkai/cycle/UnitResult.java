package gongkai.cycle;

import gongkai.scoring.ExplanationLine;
import gongkai.scoring.Grade;
import java.util.List;

/**
 * One unit's result in a cycle: the engine's preliminary total and grade with its explanation, and the grade the
 * leading group locked (null before FINAL).
 */
public record UnitResult(String unitCode, String total, String uncappedTotal, Grade grade, String gradeLabel,
                         Grade finalGrade, List<ExplanationLine> explanation) {
}
