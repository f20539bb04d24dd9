package gongkai.scoring;

import java.math.BigDecimal;

/** One incident of the deduction rule {@code code}, costing {@code points} (within the rule's range). */
public record DeductionClaim(String code, BigDecimal points) {}
