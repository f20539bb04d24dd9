package gongkai.cycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A unit's self-assessment as stored; {@code submittedAt} null while a draft. */
public record SelfAssessmentView(String unitCode, Map<String, BigDecimal> selfScores, String report,
                                 Instant submittedAt) {
}
