package gongkai.survey;

import java.util.UUID;

/** The tenant a public survey link belongs to, found from its slug before any tenant is known. */
public record SurveyLocation(UUID tenantId, String tenantCode) {
}
