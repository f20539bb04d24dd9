package gongkai.survey;

import gongkai.tenancy.Names;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an anonymous respondent sees: the campaign, whether it is open, its units, the questionnaire, and whether
 * a response needs a one-time access code.
 */
public record PublicSurvey(String slug, Names names, CampaignStatus status, OffsetDateTime opensAt,
                           OffsetDateTime closesAt, List<PublicUnit> units, QuestionnaireDefinition questionnaire,
                           boolean requiresAccessCode) {
}
