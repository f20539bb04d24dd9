package gongkai.survey;

import gongkai.survey.results.EvaluationMode;
import gongkai.tenancy.Names;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A campaign as its tenant lists it: times in the tenant's zone, its status now, the public path of its
 * survey ({@code /api/v1/public/surveys/{slug}}), the path of the respondents' page ({@code /s/{slug}}) and
 * whether a response needs a one-time access code.
 */
public record CampaignSummary(String code, String slug, Names names, CampaignStatus status, OffsetDateTime opensAt,
                              OffsetDateTime closesAt, List<EvaluationMode> modes, String questionnaireCode,
                              int questionnaireVersion, List<String> unitCodes, String publicPath, String pagePath,
                              boolean requiresAccessCode) {
}
