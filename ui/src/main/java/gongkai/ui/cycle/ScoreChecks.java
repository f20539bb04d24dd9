package gongkai.ui.cycle;

import java.math.BigDecimal;

/**
 * What the self-assessment form and the scoring screen say as the user types, before the server is asked: the same
 * rules the server applies (gongkai.cycle.AssessorScores), as translation keys with their argument.
 */
final class ScoreChecks {

    /** A problem to show beside a field: a translation key and its argument (the maximum), or none. */
    record Problem(String key, Object argument) {
    }

    private ScoreChecks() {
    }

    /** Points within 0..max with at most two decimals; null (not entered) is no problem here. */
    static Problem points(BigDecimal points, BigDecimal max) {
        if (points == null) {
            return null;
        }
        if (points.signum() < 0) {
            return new Problem("cycle.score.negative", max.toPlainString());
        }
        if (points.compareTo(max) > 0) {
            return new Problem("cycle.score.aboveMax", max.toPlainString());
        }
        if (points.stripTrailingZeros().scale() > 2) {
            return new Problem("cycle.score.decimals", max.toPlainString());
        }
        return null;
    }

    /** An assessor's comment is required below the maximum (every seed asks the assessors to say why). */
    static Problem comment(BigDecimal points, BigDecimal max, String comment) {
        if (points != null && points.compareTo(max) < 0 && (comment == null || comment.isBlank())) {
            return new Problem("cycle.score.commentRequired", max.toPlainString());
        }
        return null;
    }
}
