package gongkai.survey;

import java.time.OffsetDateTime;
import java.util.SortedSet;
import java.util.UUID;

/**
 * A response a quality check flagged, as the review screen shows it: its unit, when it came (tenant's zone), how
 * many seconds the respondent took (null when unknown), the flags, the administrator's review (null = none yet) and
 * the stored answers (JSON). No network or browser hash.
 */
public record FlaggedResponse(UUID id, String unitCode, OffsetDateTime submittedAt, Long secondsTaken,
                              SortedSet<String> flags, ResponseReview.Decision review, String answers) {
}
