package gongkai.scoring;

import java.math.BigDecimal;

/**
 * Points removed per incident (扣分), chosen by the assessor within a range, e.g. Jinchang 2022 Art. 14: 5 to 10
 * points each. An incident always removes more than 0 points.
 *
 * @param cap optional cap on this rule's points; the scheme (or period scheme) may also cap all deductions
 */
public record DeductionRule(
    String code, LocalizedText name, BigDecimal minPoints, BigDecimal maxPoints, BigDecimal cap) {}
