package gongkai.survey;

import gongkai.survey.results.ScoredQuestion;
import gongkai.survey.results.ScoringModel;
import gongkai.survey.results.Section;

import java.util.List;

/**
 * The SQL that sums a campaign's responses in the database (docs/decisions/010-public-submissions-group-commit.md):
 * one scan grouped by unit, mode, set of answered questions and flagged, giving per question and answer the number
 * of responses, and the sum and sum of squares of their scores (computed per row by {@link #scoreExpression}, in
 * double: only the interval reads them). {@link gongkai.survey.results.CampaignAccumulator#acceptTotals} turns each
 * row into exact sums. So a million responses travel as a few hundred rows.
 *
 * <p>Columns: unit_id, mode, answered mask, flagged, responses, score sum, score squares, then per scored question
 * (model order) one count per answer. Parameter 1: the campaign id.
 */
final class ResponseTotals {

    private ResponseTotals() {
    }

    static String sql(ScoringModel model) {
        List<ScoredQuestion> questions = model.questions();
        StringBuilder mask = new StringBuilder("(0::bigint");
        StringBuilder counts = new StringBuilder();
        for (int q = 0; q < questions.size(); q++) {
            int k = q + 1;
            mask.append(" | case when scored[").append(k).append("] >= 0 then ").append(1L << q)
                    .append("::bigint else 0 end");
            for (int a = 0; a < questions.get(q).answerCount(); a++) {
                counts.append(", count(*) filter (where scored[").append(k).append("] = ").append(a).append(')');
            }
        }
        mask.append(')');
        String score = scoreExpression(model);
        return "select unit_id::text, mode, " + mask + " as answered, " + EXCLUDED + " as flagged, count(*),"
                + " coalesce(sum(s.score), 0), coalesce(sum(s.score * s.score), 0)" + counts
                + " from survey_response cross join lateral (select " + score + " as score) s"
                + " where campaign_id = cast(?1 as uuid) group by 1, 2, 3, 4";
    }

    /**
     * Left out of the "excluding" figure: excluded by the administrator, or flagged and not kept by the
     * administrator (docs/decisions/012-survey-builder-and-review.md). Never null: a response not yet reviewed has a
     * null review, which "=" would carry into the result (and the grouping column) as null.
     */
    static final String EXCLUDED = "(review is not distinct from 'EXCLUDED' or (flags <> '' and review is distinct from 'KEPT'))";

    /**
     * A response's score as {@link ScoringModel} defines it, in double precision: per section with an answer, the
     * weighted mean of its answered questions' points; the sections' weighted mean over the answered sections.
     */
    static String scoreExpression(ScoringModel model) {
        StringBuilder weighted = new StringBuilder("(0");
        StringBuilder weights = new StringBuilder("(0");
        int k = 1;
        for (Section section : model.sections()) {
            StringBuilder num = new StringBuilder("(0");
            StringBuilder den = new StringBuilder("(0");
            for (ScoredQuestion q : section.questions()) {
                StringBuilder points = new StringBuilder("'{");
                for (int a = 0; a < q.answerCount(); a++) {
                    points.append(a == 0 ? "" : ",").append(q.points(a).toPlainString());
                }
                points.append("}'::float8[]");
                String w = q.weight().toPlainString() + "::float8";
                num.append(" + case when scored[").append(k).append("] >= 0 then ").append(w).append(" * (")
                        .append(points).append(")[scored[").append(k).append("] + 1] else 0 end");
                den.append(" + case when scored[").append(k).append("] >= 0 then ").append(w).append(" else 0 end");
                k++;
            }
            num.append(')');
            den.append(')');
            String sw = section.weight().toPlainString() + "::float8";
            weighted.append(" + case when ").append(den).append(" > 0 then ").append(sw).append(" * ").append(num)
                    .append(" / ").append(den).append(" else 0 end");
            weights.append(" + case when ").append(den).append(" > 0 then ").append(sw).append(" else 0 end");
        }
        return weighted + ") / nullif(" + weights + "), 0)";
    }
}
