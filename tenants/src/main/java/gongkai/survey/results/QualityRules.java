package gongkai.survey.results;

import java.time.Duration;
import java.util.Objects;

/**
 * A tenant's quality-check settings.
 *
 * @param burstSize this many responses from one address hash ...
 * @param burstWindow ... submitted within this window (first to last, inclusive) are all flagged
 * @param minimumAnswersForPatterns straight-lining and duplicates are only looked for in responses
 *     answering at least this many scored questions: with three questions, identical answers are
 *     common and innocent
 * @param minimumTimePerQuestion a response submitted in less than this times its answered
 *     questions is flagged too fast
 */
public record QualityRules(
    int burstSize, Duration burstWindow, int minimumAnswersForPatterns, Duration minimumTimePerQuestion) {
  public QualityRules {
    Objects.requireNonNull(burstWindow, "burstWindow");
    Objects.requireNonNull(minimumTimePerQuestion, "minimumTimePerQuestion");
    if (burstSize < 2) throw new IllegalArgumentException("a burst needs at least two responses");
    if (minimumAnswersForPatterns < 2) throw new IllegalArgumentException("patterns need at least two answers");
    if (burstWindow.isNegative() || minimumTimePerQuestion.isNegative()) throw new IllegalArgumentException("negative");
  }
}
