package gongkai.cycle;

import gongkai.error.DomainException;
import gongkai.scoring.Component;
import gongkai.scoring.ComponentKind;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.ScoringInput;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A unit's social-evaluation result as the assessment reads it (issue 5; Jinchang 2022 Art. 5-9, Zhoukou 2021
 * Art. 33): the score 0-100 and the public satisfaction rate in percent, both from the cycle's campaign, without
 * flagged responses. A scheme's {@code SOCIAL} component gets score x its maximum / 100 points (rounded half-up to
 * hundredths, the precision of points); its satisfactionRate conditions get the rate as 0..1.
 *
 * @param score                   null when the campaign has no score for the unit
 * @param satisfactionRatePercent null when no answer counted for the rate
 */
public record SocialEvaluation(String campaignCode, BigDecimal score, BigDecimal satisfactionRatePercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Whether the scheme reads social evaluation at all. */
    static boolean needed(SchemeDefinition scheme) {
        return !scheme.gradeConditions().isEmpty()
                || scheme.components().stream().anyMatch(c -> c.kind() == ComponentKind.SOCIAL);
    }

    /** The input with the scheme's SOCIAL component scores and satisfaction rate from this result. */
    ScoringInput applyTo(SchemeDefinition scheme, ScoringInput input) {
        Map<String, BigDecimal> components = new LinkedHashMap<>(input.componentScores());
        for (Component c : scheme.components()) {
            if (c.kind() == ComponentKind.SOCIAL) {
                if (score == null) {
                    throw DomainException.conflict("socialEvaluation", "campaign " + campaignCode
                            + " has no social-evaluation score for this unit yet (no counted response)");
                }
                components.put(c.code(), score.multiply(c.maxPoints()).divide(HUNDRED, 2, RoundingMode.HALF_UP));
            }
        }
        ScoringInput result = input.withComponentScores(components);
        if (!scheme.gradeConditions().isEmpty()) {
            if (satisfactionRatePercent == null) {
                throw DomainException.conflict("socialEvaluation", "campaign " + campaignCode
                        + " has no satisfaction rate for this unit yet (no counted answer)");
            }
            result = result.withSatisfactionRate(satisfactionRatePercent.divide(HUNDRED, 4, RoundingMode.HALF_UP));
        }
        return result;
    }

    /** Stand-in values for checking other input with the engine before the campaign has results. */
    static SocialEvaluation placeholder() {
        return new SocialEvaluation("(check)", BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
