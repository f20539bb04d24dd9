package gongkai.scoring;

/** A rule that grades a single period, e.g. Weibin Art. 9(2). */
public record PeriodRule(String code, PeriodRuleKind kind, String description) {}
