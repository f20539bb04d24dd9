package gongkai.survey;

import gongkai.survey.results.ResponseCounts;
import gongkai.survey.results.SampleWarning;
import gongkai.survey.results.SatisfactionLevel;
import gongkai.survey.results.UnitResult;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

/**
 * One unit's figures under one treatment of flagged responses, flattened for JSON: counts, the score (0-100) and
 * the satisfaction rate (percent) each with its 95% interval (normal, Wilson), the level, and the warnings.
 * Absent figures are null.
 */
public record UnitFigures(long responses, long counted, long excludedInvalid, long excludedFlagged, long flagged,
                          BigDecimal score, BigDecimal scoreLower, BigDecimal scoreUpper,
                          Long satisfiedAnswers, Long rateAnswers, BigDecimal satisfactionRate,
                          BigDecimal rateLower, BigDecimal rateUpper, SatisfactionLevel level,
                          Set<SampleWarning> warnings, boolean sampleTooSmallToDecide) {

    static UnitFigures of(UnitResult r) {
        ResponseCounts c = r.publicPart().counts();
        return new UnitFigures(c.total(), c.counted(), c.excludedInvalid(), c.excludedFlagged(), c.flagged(),
                r.score().orElse(null), r.scoreInterval().map(i -> i.lower()).orElse(null),
                r.scoreInterval().map(i -> i.upper()).orElse(null),
                r.rate().map(x -> x.satisfiedAnswers()).orElse(null), r.rate().map(x -> x.answers()).orElse(null),
                r.rate().map(x -> x.percent()).orElse(null), r.rate().map(x -> x.wilson95().lower()).orElse(null),
                r.rate().map(x -> x.wilson95().upper()).orElse(null), r.level().orElse(null),
                new TreeSet<>(r.warnings()), r.sampleTooSmallToDecide());
    }
}
