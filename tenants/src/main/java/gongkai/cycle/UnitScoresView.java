package gongkai.cycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the assessors entered for one unit, with the unit's self-scores beside them and what is still missing. */
public record UnitScoresView(String unitCode, Map<String, AssessorScore> scores, CycleEvents events,
                             Map<String, BigDecimal> selfScores, List<String> missing, Instant scoredAt) {
}
