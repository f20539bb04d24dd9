package gongkai.survey;

import gongkai.tenancy.Names;

/** Both figures the office sees for a unit: with every response, and without the flagged ones. */
public record UnitEvaluation(String unitCode, Names names, UnitFigures allResponses, UnitFigures excludingFlagged) {
}
