package gongkai.cycle;

/**
 * The states of an assessment cycle (考核), in the order of the procedure every seed shares (rules.md, "Common
 * structure"): scoring sheet issued -> self-assessment -> assessors score -> preliminary result -> units review ->
 * leading group sets grades -> publication. {@link #CANCELLED} is the only way out before the end; see
 * {@link Move} and docs/decisions/006-cycle-state-machine.md.
 */
public enum CycleState {
  /** Created: scheme version frozen, units chosen, nothing sent yet. */
  PLANNED,
  /** The scoring sheet has been issued to the units; the notice date is kept (Jinchang 2022 Art. 10). */
  NOTIFIED,
  /** Unit liaisons enter self-scores, a written report and evidence, and submit once complete. */
  SELF_ASSESSMENT,
  /** Assessors enter scores per indicator; bonuses, deductions and vetoes are recorded. */
  ASSESSMENT,
  /** The engine has computed the preliminary results (初步考核意见); assessors may still reopen. */
  PRELIMINARY,
  /** Units may contest indicators within the review window; assessors decide. */
  REVIEW,
  /** The leading group approved: grades are locked. */
  FINAL,
  /** Results are public. */
  PUBLISHED,
  /** Nothing more happens in the cycle (rectification orders live on by themselves). */
  CLOSED,
  /** Called off before any assessor scored. */
  CANCELLED;

  /** Whether no move leaves this state. */
  public boolean terminal() {
    return this == CLOSED || this == CANCELLED;
  }

  /** Whether grades are locked: the leading group approved them (Common structure: it sets the grades). */
  public boolean gradesLocked() {
    return this == FINAL || this == PUBLISHED || this == CLOSED;
  }
}
