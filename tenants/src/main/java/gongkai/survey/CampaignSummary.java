package gongkai.survey;

import gongkai.survey.results.EvaluationMode;
import gongkai.tenancy.Names;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A campaign as its tenant lists it: times in the tenant's zone, its status now, and the public path of its
 * survey ({@code /api/v1/public/surveys/{slug}}).
 */
public record CampaignSummary(String code, String slug, Names names, CampaignStatus status, OffsetDateTime opensAt,
                              OffsetDateTime closesAt, List<EvaluationMode> modes, String questionnaireCode,
                              int questionnaireVersion, List<String> unitCodes, String publicPath) {
}
