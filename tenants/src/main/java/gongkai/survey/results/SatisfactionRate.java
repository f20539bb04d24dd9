package gongkai.survey.results;

import java.math.BigDecimal;

/**
 * The satisfaction rate (满意率): satisfied answers / all answers, over the answers to the scale
 * questions that count for the rate ({@link ScaleQuestion#countsForRate()}) in the counted
 * responses; "satisfied" is the scale's satisfied set (by default 满意 + 比较满意 + 基本满意).
 *
 * <p>{@code percent} is exact, rounded once (two decimals, half-up); {@code wilson95} is the Wilson
 * score interval over the same counts. When several questions of one response count, the answers
 * are not independent and the interval is narrower than the truth: a tenant who needs a strict
 * interval counts one overall question only.
 */
public record SatisfactionRate(long satisfiedAnswers, long answers, BigDecimal percent, Interval wilson95) {
  public static SatisfactionRate of(long satisfiedAnswers, long answers) {
    BigDecimal percent = BigDecimal.valueOf(satisfiedAnswers).multiply(Percent.HUNDRED)
        .divide(BigDecimal.valueOf(answers), Percent.SCALE, Percent.ROUNDING);
    return new SatisfactionRate(satisfiedAnswers, answers, percent, Wilson.interval95(satisfiedAnswers, answers));
  }
}
