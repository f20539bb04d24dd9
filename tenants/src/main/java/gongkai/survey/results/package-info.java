/**
 * Social-evaluation results (社会评议): the pure aggregation core, no database, no HTTP.
 *
 * <h2>Rules, in one place</h2>
 * <ul>
 *   <li><b>Answer points.</b> A scale option earns its configured points (default 满意 100, 比较满意 80,
 *       基本满意 60, 不太满意 40, 不满意 0); a 0-10 rating r earns 10r.</li>
 *   <li><b>Response score</b> (0-100), see {@link gongkai.survey.results.ScoringModel}: weighted mean of
 *       answered questions within a section, weighted mean of answered sections. A skipped optional
 *       question's weight goes to the answered questions of its section; a blank section's weight to
 *       the other sections. A response missing a required answer, or with no scored answer, is
 *       excluded and counted as such.</li>
 *   <li><b>Part score</b>: the exact mean of its counted responses' exact scores.
 *       <b>Unit score</b>: public and representative part scores weighted by
 *       {@link gongkai.survey.results.PartWeights}; a missing expected part either leaves the other
 *       part alone or gives no score ({@link gongkai.survey.results.ResultRules.MissingPartPolicy}),
 *       and is warned either way.</li>
 *   <li><b>Rounding</b>: scores and rates are exact fractions until shown, then rounded once to two
 *       decimals, half-up ({@code Percent}). Levels are read from the shown value.</li>
 *   <li><b>Satisfaction rate</b>: satisfied answers / all answers to the scale questions that count for
 *       the rate, in counted responses; "satisfied" is the scale's set (default the first three
 *       options). The unit's rate pools the parts with weight above zero. 95% Wilson interval.</li>
 *   <li><b>Levels</b>: {@link gongkai.survey.results.LevelThresholds}, each bound inclusive or
 *       exclusive, on the score or the rate as the tenant chooses.</li>
 *   <li><b>Too small to decide</b>: fewer counted responses than the tenant's minimum, or a 95% interval
 *       whose ends fall in different levels (Wilson on the rate basis; normal interval of the mean on
 *       the score basis, all of 0-100 with fewer than two responses).</li>
 *   <li><b>Quality</b>: {@link gongkai.survey.results.QualityChecks} flags, never deletes; every unit
 *       result comes with and without flagged responses.</li>
 *   <li><b>Statistics</b> (intervals, alpha, ICC) compute in double and cross into BigDecimal with an
 *       explicit scale and rounding mode at their boundary.</li>
 * </ul>
 *
 * <p>Why the aggregator is one pass over exact integer sums: docs/decisions/005-survey-results-aggregation.md.
 */
package gongkai.survey.results;
