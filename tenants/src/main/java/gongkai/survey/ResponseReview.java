package gongkai.survey;

import gongkai.error.Check;

import java.util.UUID;

/** The administrator's decision on one flagged response; a null decision withdraws an earlier one. */
public record ResponseReview(UUID responseId, Decision decision) {

    public ResponseReview {
        Check.present("responseId", responseId);
    }

    public enum Decision {
        /** Left out of the "excluding" figure. */
        EXCLUDED,
        /** Counted in both figures: the flag was a false alarm. */
        KEPT
    }
}
