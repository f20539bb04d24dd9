package gongkai.cycle;

import gongkai.error.Check;

/**
 * An order the office makes by hand.
 *
 * @param cycleCode   the cycle it follows from, if any
 * @param workingDays the deadline in working days; the cycle's rule (or the default rule) if null
 */
public record RectificationInput(String unitCode, String subject, String note, String cycleCode,
                                 Integer workingDays) {

    public RectificationInput {
        unitCode = Check.required("unitCode", unitCode, 64);
        subject = Check.required("subject", subject, 200);
        note = Check.optional("note", note, 2000);
        cycleCode = Check.optional("cycleCode", cycleCode, 64);
        if (workingDays != null && (workingDays < 1 || workingDays > 250)) {
            throw gongkai.error.DomainException.invalid("workingDays", "workingDays must be within 1..250, not "
                    + workingDays);
        }
    }
}
