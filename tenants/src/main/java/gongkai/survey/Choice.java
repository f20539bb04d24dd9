package gongkai.survey;

import java.math.BigDecimal;

/**
 * An option of a satisfaction or choice question: a stable code (what answers hold), its label, and, for a
 * satisfaction option, the points it earns (0-100) and whether it counts as "satisfied" for the rate.
 */
public record Choice(String code, Wording label, BigDecimal points, Boolean satisfied) {
}
