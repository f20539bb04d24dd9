package gongkai.cycle;

/** A unit's progress in a cycle as the dashboard shows it, from the least to the most advanced. */
public enum UnitStage {
  NOT_STARTED,
  SELF_ASSESSMENT_SUBMITTED,
  SCORED,
  CONTESTED,
  FINAL
}
