package gongkai.survey;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What a public submission needs to know about its survey, read once and kept a few seconds
 * ({@link PublicSubmissions}) so that a submission costs no read of its own: the tenant, the campaign, its
 * questionnaire version (frozen while the campaign uses it), its units by code, and when it is open.
 */
record SubmissionTarget(SurveyLocation location, String slug, UUID campaignId, QuestionnaireDefinition definition,
                        gongkai.survey.results.ScoringModel model, gongkai.survey.results.ResponseScorer scorer,
                        Map<String, UUID> unitIds, Instant opensAt, Instant closesAt, boolean publicMode,
                        boolean requiresAccessCode,
                        long loadedAtNanos) {

    boolean acceptsPublicAt(Instant now) {
        return publicMode && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
