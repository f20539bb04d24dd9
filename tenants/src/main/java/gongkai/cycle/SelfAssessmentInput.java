package gongkai.cycle;

import gongkai.error.Check;
import java.math.BigDecimal;
import java.util.Map;

/** A unit liaison's self-assessment draft: self-scores by leaf indicator and the written report. */
public record SelfAssessmentInput(Map<String, BigDecimal> selfScores, String report) {

    public SelfAssessmentInput {
        selfScores = selfScores == null ? Map.of() : selfScores;
        report = Check.optional("report", report, SelfAssessment.MAX_REPORT);
    }

    SelfAssessment toSelfAssessment() {
        return new SelfAssessment(selfScores, report, null);
    }
}
