package gongkai.cycle;

import gongkai.error.Check;

/** The survey side reports that a unit's social evaluation (社会评议) in a campaign came out "dissatisfied". */
public record SocialEvaluationResult(String unitCode, String campaignCode) {

    public SocialEvaluationResult {
        unitCode = Check.required("unitCode", unitCode, 64);
        campaignCode = Check.required("campaignCode", campaignCode, 64);
    }
}
