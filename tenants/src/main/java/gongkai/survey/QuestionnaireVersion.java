package gongkai.survey;

import java.util.UUID;

/** One version of a questionnaire, with its definition (the JSON that export gives and import takes). */
public record QuestionnaireVersion(UUID id, String code, int version, QuestionnaireState state,
                                   QuestionnaireDefinition definition) {
}
