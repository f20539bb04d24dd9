package gongkai.cycle;

import gongkai.error.DomainException;

/**
 * The procedural rules of a cycle, configured per scheme (or tenant) and frozen with the cycle. A null component
 * takes its default, so a JSON body may give only what differs; every value is checked and a bad one is a 400 naming
 * its field. Days that count working days use the tenant's {@link gongkai.calendar.WorkingDayCalendar}.
 *
 * <p>Defaults, and where they come from:
 * <ul>
 *   <li>{@code minimumNoticeDays} 15 calendar days: Jinchang 2022 Art. 10 (the group notifies the units 15 days
 *       before assessing), the only seed that gives a number; the others only say "issued in advance", and no seed
 *       asks for less, so the strictest reading is the safe default. 0..365.</li>
 *   <li>{@code selfAssessmentRequired} true: every seed has units self-assess with a written report before the
 *       assessors score (Common structure).</li>
 *   <li>{@code reviewWorkingDays} 3: Jinchang 12345 rules 2024 (review requested within 3 days of publication).
 *       1..60.</li>
 *   <li>{@code reviewDecisionWorkingDays} 5: the same rules (reviews decided within 5 days after that). 1..60.</li>
 *   <li>{@code rectificationWorkingDays} 20: the seeds require rectification "within a deadline" without a number;
 *       20 working days (about a month) mirrors the longest ordinary period of the Jinchang disclosure guide.
 *       1..250 (about a working year).</li>
 * </ul>
 */
public record CycleRules(
    Integer minimumNoticeDays,
    Boolean selfAssessmentRequired,
    Integer reviewWorkingDays,
    Integer reviewDecisionWorkingDays,
    Integer rectificationWorkingDays) {

  public static final int DEFAULT_MINIMUM_NOTICE_DAYS = 15;
  public static final int DEFAULT_REVIEW_WORKING_DAYS = 3;
  public static final int DEFAULT_REVIEW_DECISION_WORKING_DAYS = 5;
  public static final int DEFAULT_RECTIFICATION_WORKING_DAYS = 20;

  public CycleRules {
    minimumNoticeDays = within("minimumNoticeDays", minimumNoticeDays, DEFAULT_MINIMUM_NOTICE_DAYS, 0, 365);
    selfAssessmentRequired = selfAssessmentRequired == null || selfAssessmentRequired;
    reviewWorkingDays = within("reviewWorkingDays", reviewWorkingDays, DEFAULT_REVIEW_WORKING_DAYS, 1, 60);
    reviewDecisionWorkingDays = within("reviewDecisionWorkingDays", reviewDecisionWorkingDays,
        DEFAULT_REVIEW_DECISION_WORKING_DAYS, 1, 60);
    rectificationWorkingDays = within("rectificationWorkingDays", rectificationWorkingDays,
        DEFAULT_RECTIFICATION_WORKING_DAYS, 1, 250);
  }

  /** Every rule at its default. */
  public static CycleRules defaults() {
    return new CycleRules(null, null, null, null, null);
  }

  public CycleRules withMinimumNoticeDays(int days) {
    return new CycleRules(days, selfAssessmentRequired, reviewWorkingDays, reviewDecisionWorkingDays,
        rectificationWorkingDays);
  }

  public CycleRules withSelfAssessmentRequired(boolean required) {
    return new CycleRules(minimumNoticeDays, required, reviewWorkingDays, reviewDecisionWorkingDays,
        rectificationWorkingDays);
  }

  public CycleRules withReviewWorkingDays(int days) {
    return new CycleRules(minimumNoticeDays, selfAssessmentRequired, days, reviewDecisionWorkingDays,
        rectificationWorkingDays);
  }

  public CycleRules withReviewDecisionWorkingDays(int days) {
    return new CycleRules(minimumNoticeDays, selfAssessmentRequired, reviewWorkingDays, days,
        rectificationWorkingDays);
  }

  public CycleRules withRectificationWorkingDays(int days) {
    return new CycleRules(minimumNoticeDays, selfAssessmentRequired, reviewWorkingDays, reviewDecisionWorkingDays,
        days);
  }

  private static int within(String field, Integer value, int fallback, int min, int max) {
    if (value == null) {
      return fallback;
    }
    if (value < min || value > max) {
      throw DomainException.invalid(field, field + " must be within " + min + ".." + max + ", not " + value);
    }
    return value;
  }
}
