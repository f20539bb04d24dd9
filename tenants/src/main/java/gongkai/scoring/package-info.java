/**
 * The pure scoring core (issue 3): a scheme definition as data ({@link gongkai.scoring.SchemeDefinition}), its
 * validator ({@link gongkai.scoring.SchemeValidator}), and the engine, a pure function of (scheme, input) to a
 * {@link gongkai.scoring.ScoreSheet} with an ordered explanation ({@link gongkai.scoring.ScoringEngine}), plus
 * ranking with the scheme's tie-break ({@link gongkai.scoring.Ranking}). No persistence, no HTTP, no jakarta.*.
 *
 * <p>Decisions the callers rely on:
 * <ul>
 *   <li>Points are exact ({@link gongkai.scoring.Points}, two decimals); the engine rounds only where a rule
 *       divides or weights (period average, weighted sum, performance contribution), half up, once each.</li>
 *   <li>A missing score is an input error, never a silent 0: every leaf of an {@code INDICATORS} component and
 *       every item of every given period is required, unless the component's score is given directly in
 *       {@code componentScores}; {@code SOCIAL} and {@code FIXED} components are always given directly.</li>
 *   <li>Every input that does not fit the scheme throws {@link gongkai.scoring.InvalidScoringInputException}
 *       naming the field ({@code input.deductions[0].points}); a scheme that does not validate throws
 *       {@link gongkai.scoring.InvalidSchemeException} with every problem and its path.</li>
 *   <li>The records serialise and deserialise with plain Jackson as they are (no annotations); score sheet
 *       points are strings with two decimals.</li>
 * </ul>
 */
package gongkai.scoring;
