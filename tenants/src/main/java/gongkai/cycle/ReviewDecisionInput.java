package gongkai.cycle;

import gongkai.error.Check;
import gongkai.error.DomainException;

/**
 * An assessor's decision on a review request: accepted with the new score of the indicator, or rejected; a reason
 * either way.
 */
public record ReviewDecisionInput(Boolean accepted, String reason, AssessorScore newScore) {

    public ReviewDecisionInput {
        Check.present("accepted", accepted);
        reason = Check.required("reason", reason, 2000);
        if (accepted && newScore == null) {
            throw DomainException.invalid("newScore", "newScore is required when the request is accepted");
        }
        if (!accepted && newScore != null) {
            throw DomainException.invalid("newScore", "a rejected request keeps the score: leave newScore out");
        }
    }
}
