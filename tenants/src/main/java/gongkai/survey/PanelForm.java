package gongkai.survey;

import gongkai.tenancy.Names;

import java.util.List;

/** What a panel member's personal link shows: the campaign, the units (with whether they scored each), the questionnaire. */
public record PanelForm(String campaignCode, Names campaignNames, CampaignStatus status, String memberName,
                        PanelMemberType memberType, List<Unit> units, QuestionnaireDefinition questionnaire) {

    public record Unit(String code, Names names, boolean scored) {
    }
}
