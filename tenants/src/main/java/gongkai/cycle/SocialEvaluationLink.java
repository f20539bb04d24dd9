package gongkai.cycle;

import gongkai.error.Check;

/** The campaign whose results a cycle reads for its SOCIAL components and satisfactionRate conditions (issue 5). */
public record SocialEvaluationLink(String campaignCode) {

    public SocialEvaluationLink {
        campaignCode = Check.code("campaignCode", campaignCode);
    }
}
