package gongkai.cycle;

import gongkai.error.Check;
import java.time.LocalDate;

/**
 * The leading group's (领导小组) approval of a cycle's grades, which locks them (Common structure: the leading group
 * sets the grades).
 *
 * @param reference  what records the decision, e.g. the meeting minutes or document number
 * @param approvedOn the day of the decision
 */
public record LeadingGroupApproval(String reference, LocalDate approvedOn) {

  public LeadingGroupApproval {
    reference = Check.required("approval.reference", reference, 200);
    Check.present("approval.approvedOn", approvedOn);
  }
}
