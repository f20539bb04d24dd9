package gongkai.survey;

/** Where a campaign stands at a given instant: before its opening, open, or past its closing. */
public enum CampaignStatus {
    SCHEDULED,
    OPEN,
    CLOSED
}
