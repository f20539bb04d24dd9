package gongkai.scoring;

/** A single-item veto (一票否决): when reported, the grade is at most {@code forcedGrade}, whatever the total. */
public record VetoRule(String code, String description, Grade forcedGrade) {}
