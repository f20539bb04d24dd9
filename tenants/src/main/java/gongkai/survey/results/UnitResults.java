package gongkai.survey.results;

/** Both figures the administrator sees for a unit: with all responses, and without flagged ones. */
public record UnitResults(UnitCode unit, UnitResult allResponses, UnitResult excludingFlagged) {}
