package gongkai.survey;

import gongkai.survey.results.CampaignAccumulator;
import gongkai.survey.results.EvaluationMode;
import gongkai.survey.results.ScoredQuestion;
import gongkai.survey.results.ScoringModel;
import gongkai.survey.results.Section;
import jakarta.persistence.EntityManager;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign's responses as the database's running tallies hold them (V13, docs/decisions/013-survey-running-tallies.md):
 * per unit, mode, answered set and left-out, the number of responses, the sum and sum of squares of their scores, and
 * per question and answer how many gave it. Triggers keep them in the transaction that stores, flags, reviews or
 * removes a response, so reading a million responses' results reads a few hundred rows.
 * {@link CampaignAccumulator#acceptTotals} turns each group into exact sums.
 *
 * <p>Responses stored before V13 have no stored score: only their spread is missing from the tallies, and it is
 * computed here in SQL ({@link #scoreExpression}) from those responses alone.
 */
final class ResponseTallies {

    private static final String GROUPS = "select unit_id::text, mode, answered, left_out, responses, score_sum,"
            + " score_squares, unscored from survey_tally where campaign_id = cast(?1 as uuid) and responses <> 0";

    private static final String ANSWERS = "select unit_id::text, mode, answered, left_out, question, answer, responses"
            + " from survey_tally_answer where campaign_id = cast(?1 as uuid) and responses <> 0";

    private record Key(String unit, String mode, long answered, boolean leftOut) {

        static Key of(Object[] row) {
            return new Key(row[0].toString(), row[1].toString(), ((Number) row[2]).longValue(), (Boolean) row[3]);
        }
    }

    private static final class Group {
        final long responses;
        double scoreSum;
        double scoreSquares;
        final long[][] counts;

        Group(long responses, double scoreSum, double scoreSquares, List<ScoredQuestion> questions) {
            this.responses = responses;
            this.scoreSum = scoreSum;
            this.scoreSquares = scoreSquares;
            this.counts = new long[questions.size()][];
            for (int q = 0; q < counts.length; q++) {
                counts[q] = new long[questions.get(q).answerCount()];
            }
        }
    }

    private ResponseTallies() {
    }

    /**
     * Adds the campaign's tallies to the accumulator; {@code unitIndex} maps a unit id to its position in the
     * aggregator (units no longer in the campaign are left out).
     */
    static void accumulate(EntityManager em, ScoringModel model, String campaignId, Map<String, Integer> unitIndex,
                           CampaignAccumulator accumulator) {
        List<ScoredQuestion> questions = model.questions();
        Map<Key, Group> groups = new LinkedHashMap<>();
        long unscored = 0;
        for (Object row : em.createNativeQuery(GROUPS).setParameter(1, campaignId).getResultList()) {
            Object[] r = (Object[]) row;
            groups.put(Key.of(r), new Group(((Number) r[4]).longValue(), ((Number) r[5]).doubleValue(),
                    ((Number) r[6]).doubleValue(), questions));
            unscored += ((Number) r[7]).longValue();
        }
        if (unscored > 0) {
            for (Object row : em.createNativeQuery(unscoredSql(model)).setParameter(1, campaignId).getResultList()) {
                Object[] r = (Object[]) row;
                Group group = groups.get(Key.of(r));
                if (group != null) {
                    group.scoreSum += ((Number) r[4]).doubleValue();
                    group.scoreSquares += ((Number) r[5]).doubleValue();
                }
            }
        }
        for (Object row : em.createNativeQuery(ANSWERS).setParameter(1, campaignId).getResultList()) {
            Object[] r = (Object[]) row;
            Group group = groups.get(Key.of(r));
            int question = ((Number) r[4]).intValue();
            int answer = ((Number) r[5]).intValue();
            if (group == null || question >= questions.size() || answer >= group.counts[question].length) {
                throw new IllegalStateException("the tallies of campaign " + campaignId + " do not match its"
                        + " questionnaire (question " + question + ", answer " + answer + ")");
            }
            group.counts[question][answer] += ((Number) r[6]).longValue();
        }
        groups.forEach((key, group) -> {
            Integer unit = unitIndex.get(key.unit());
            if (unit != null) {
                accumulator.acceptTotals(unit, EvaluationMode.valueOf(key.mode()), key.leftOut(), key.answered(),
                        group.responses, group.counts, group.scoreSum, group.scoreSquares);
            }
        });
    }

    /** The sum and sum of squares of the scores of responses stored without one, by tally group. */
    static String unscoredSql(ScoringModel model) {
        return "select r.unit_id::text, r.mode, gongkai_response_answered(r.scored),"
                + " gongkai_response_left_out(r.flags, r.review), coalesce(sum(s.score), 0),"
                + " coalesce(sum(s.score * s.score), 0) from survey_response r cross join lateral (select "
                + scoreExpression(model).replace("scored[", "r.scored[") + " as score) s"
                + " where r.campaign_id = cast(?1 as uuid) and r.score is null group by 1, 2, 3, 4";
    }

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
