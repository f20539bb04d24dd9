package gongkai.survey;

import java.util.List;

/** A campaign's results per unit, in the campaign's unit order, and how far its representative panel agrees. */
public record CampaignResults(String campaignCode, CampaignStatus status, long responses, List<UnitEvaluation> units,
                              PanelAgreementFigures panelAgreement) {
}
